using MediaEngine.Pipelines.Media;
using MediaEngine.Pipelines.Media.Probing;
using MediaEngine.Pipelines.Tests.Media.TestSupport;

namespace MediaEngine.Pipelines.Tests.Media.Probing;

public sealed class MediaProbeTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly MediaProbe _probe = new(ToolProbes.Real());

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ProbeAsync_ShouldDescribeVideoAndAudio_WhenFileIsGeneratedClip()
    {
        var clip = await TestMedia.VideoAsync(_folder.File("clip.mp4"), seconds: 1, width: 320, height: 240, rate: "25", withAudio: true);

        var info = await _probe.ProbeAsync(clip, CancellationToken.None);

        info.FormatName.ShouldBe("mov,mp4,m4a,3gp,3g2,mj2");
        info.DurationSeconds.ShouldNotBeNull().ShouldBe(1.0, tolerance: 0.1);
        info.BitRate.ShouldNotBeNull().ShouldBeGreaterThan(0);
        info.SizeBytes.ShouldBe(new FileInfo(clip).Length);
        info.IsStillImage.ShouldBeFalse();
        info.Video.ShouldBe(new VideoStreamInfo("h264", 320, 240, 25, "yuv420p", 0, 25));
        info.Audio.ShouldBe(new AudioStreamInfo("aac", 48_000, 2));
    }

    [Fact]
    public async Task ProbeAsync_ShouldReportStillImage_WhenFileIsPng()
    {
        var png = await TestMedia.ImageAsync(_folder.File("still.png"), 64, 48);

        var info = await _probe.ProbeAsync(png, CancellationToken.None);

        info.IsStillImage.ShouldBeTrue();
        info.DurationSeconds.ShouldBeNull();
        info.Audio.ShouldBeNull();
        info.Video.ShouldNotBeNull().ShouldSatisfyAllConditions(
            v => v.Codec.ShouldBe("png"),
            v => v.Width.ShouldBe(64),
            v => v.Height.ShouldBe(48),
            v => v.FrameCount.ShouldBe(1));
    }

    [Fact]
    public async Task ProbeAsync_ShouldReportAudioOnly_WhenFileIsWav()
    {
        var wav = await TestMedia.SineWavAsync(_folder.File("tone.wav"), seconds: 0.5);

        var info = await _probe.ProbeAsync(wav, CancellationToken.None);

        info.Video.ShouldBeNull();
        info.Audio.ShouldBe(new AudioStreamInfo("pcm_s16le", 44_100, 1));
        info.DurationSeconds.ShouldNotBeNull().ShouldBe(0.5, tolerance: 0.01);
    }

    [Fact]
    public async Task ProbeAsync_ShouldThrowMediaInputExceptionNamingFileAndFfprobeReason_WhenTextFileIsNamedMp4()
    {
        var fake = _folder.File("notes.mp4");
        await File.WriteAllTextAsync(fake, "These are meeting notes, not a video.\n");

        var ex = await Should.ThrowAsync<MediaInputException>(() => _probe.ProbeAsync(fake, CancellationToken.None));

        ex.FilePath.ShouldBe(fake);
        ex.Message.ShouldStartWith("'notes.mp4' cannot be used: ffprobe cannot read it");
        ex.Reason.ShouldContain("Invalid data found when processing input");
        ex.Message.ShouldNotContain(_folder.Path); // no server folders in a message users see
    }

    [Fact]
    public async Task ProbeAsync_ShouldThrowMediaInputException_WhenFileDoesNotExist()
    {
        var missing = _folder.File("gone.mov");

        var ex = await Should.ThrowAsync<MediaInputException>(() => _probe.ProbeAsync(missing, CancellationToken.None));

        ex.Message.ShouldBe("'gone.mov' cannot be used: it does not exist");
        ex.FilePath.ShouldBe(missing);
    }

    [Fact]
    public async Task ProbeAsync_ShouldSayFfprobeIsMissingAndWhatItDisables_WhenFfprobeIsNotInstalled()
    {
        var wav = await TestMedia.SineWavAsync(_folder.File("tone.wav"), seconds: 0.1);
        var probe = new MediaProbe(ToolProbes.Real(new() { ["MediaEngine:Tools:ffprobe"] = "/nonexistent/ffprobe" }));

        var ex = await Should.ThrowAsync<InvalidOperationException>(() => probe.ProbeAsync(wav, CancellationToken.None));

        ex.Message.ShouldContain("ffprobe is missing");
        ex.Message.ShouldContain("MediaEngine:Tools:ffprobe");
        ex.Message.ShouldContain("media analysis");
    }

    [Fact]
    public async Task ProbeAsync_ShouldThrowOperationCanceled_WhenTokenIsAlreadyCancelled()
    {
        var wav = await TestMedia.SineWavAsync(_folder.File("tone.wav"), seconds: 0.1);

        await Should.ThrowAsync<OperationCanceledException>(() => _probe.ProbeAsync(wav, new CancellationToken(canceled: true)));
    }
}
