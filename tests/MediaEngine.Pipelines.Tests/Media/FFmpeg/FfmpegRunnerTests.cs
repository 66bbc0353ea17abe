using FFMpegCore;
using FFMpegCore.Enums;
using MediaEngine.Pipelines.Media;
using MediaEngine.Pipelines.Media.FFmpeg;
using MediaEngine.Pipelines.Media.Probing;
using MediaEngine.Pipelines.Tests.Media.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace MediaEngine.Pipelines.Tests.Media.FFmpeg;

public sealed class FfmpegRunnerTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FfmpegRunner _runner = new(ToolProbes.Real(), NullLogger<FfmpegRunner>.Instance);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task RunAsync_ShouldTranscodeAndReportMonotonicProgressEndingAt100_WhenInputIsValid()
    {
        var input = await TestMedia.VideoAsync(_folder.File("in.mp4"), seconds: 3, width: 320, height: 240);
        var output = _folder.File("out.mp4");
        var progress = new RecordingProgress();

        await _runner.RunAsync(
            FFMpegArguments.FromFileInput(input),
            output,
            o => o.WithVideoCodec(VideoCodec.LibX264).WithSpeedPreset(EncoderPreset.UltraFast).WithVideoFilters(f => f.Scale(160, 120)),
            TimeSpan.FromSeconds(3),
            progress,
            TestContext.Current.CancellationToken);

        var values = progress.Values;
        values.ShouldNotBeEmpty();
        values[0].ShouldBe(0);
        values[^1].ShouldBe(100);
        values.ShouldAllBe(v => v >= 0 && v <= 100);
        values.Zip(values.Skip(1)).ShouldAllBe(pair => pair.Second > pair.First);

        var info = await new MediaProbe(ToolProbes.Real()).ProbeAsync(output, CancellationToken.None);
        info.Video.ShouldNotBeNull().ShouldSatisfyAllConditions(
            v => v.Codec.ShouldBe("h264"),
            v => v.Width.ShouldBe(160),
            v => v.Height.ShouldBe(120));
        info.DurationSeconds.ShouldNotBeNull().ShouldBe(3, tolerance: 0.1);
    }

    [Fact]
    public async Task RunAsync_ShouldKillFfmpegAndDeleteOutput_WhenCancelledMidRun()
    {
        var input = await TestMedia.VideoAsync(_folder.File("long.mp4"), seconds: 60, width: 160, height: 120);
        var output = _folder.File("cancelled-" + Guid.NewGuid().ToString("N") + ".mp4");
        var progress = new RecordingProgress(signalAt: 10);
        using var cancellation = new CancellationTokenSource();

        var run = _runner.RunAsync(
            FFMpegArguments.FromFileInput(input),
            output,
            o => o.WithVideoCodec(VideoCodec.LibX264).WithSpeedPreset(EncoderPreset.VeryFast).WithVideoFilters(f => f.Scale(1280, 720)),
            TimeSpan.FromSeconds(60),
            progress,
            cancellation.Token);

        var first = await Task.WhenAny(progress.ThresholdReached.Task, run).WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
        if (first == run)
        {
            await run; // surfaces a failure
            throw new ShouldAssertException("ffmpeg finished before progress reached 10 %, so nothing was cancelled");
        }

        var reached = await progress.ThresholdReached.Task;
        reached.ShouldBeLessThan(100, "ffmpeg must still be working when it is cancelled");
        // The same lookup that must come back empty below finds ffmpeg while it runs.
        FfmpegProcesses.WithArgument(output).ShouldNotBeEmpty();

        await cancellation.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => run);
        FfmpegProcesses.WithArgument(output).ShouldBeEmpty();
        File.Exists(output).ShouldBeFalse();
        var values = progress.Values;
        values.ShouldNotContain(100);
        values.ShouldContain(v => v > 0 && v < 100);
        values.Zip(values.Skip(1)).ShouldAllBe(pair => pair.Second > pair.First);
    }

    [Fact]
    public async Task RunAsync_ShouldThrowMediaToolExceptionWithExitCodeAndStderrAndDeleteOutput_WhenEncoderFails()
    {
        // ffmpeg opens the output file before it sets up the encoder, so this failure leaves an empty file behind.
        var input = await TestMedia.VideoAsync(_folder.File("in.mp4"), seconds: 0.5);
        var output = _folder.File("broken.mp4");

        var ex = await Should.ThrowAsync<MediaToolException>(() => _runner.RunAsync(
            FFMpegArguments.FromFileInput(input),
            output,
            o => o.WithVideoCodec(VideoCodec.LibX264).WithVideoProfile(VideoProfile.Baseline).WithPixelFormat("yuv444p"),
            TimeSpan.FromSeconds(0.5),
            progress: null,
            TestContext.Current.CancellationToken));

        ex.Tool.ShouldBe("ffmpeg");
        ex.ExitCode.ShouldNotBe(0);
        ex.Message.ShouldContain($"exit code {ex.ExitCode}");
        ex.Message.ShouldContain("baseline profile doesn't support 4:4:4");
        ex.StandardErrorTail.ShouldNotBeEmpty();
        File.Exists(output).ShouldBeFalse();
    }

    [Fact]
    public async Task RunAsync_ShouldThrowMediaInputExceptionNamingFile_WhenInputDoesNotExist()
    {
        var missing = _folder.File("missing.mp4");

        var ex = await Should.ThrowAsync<MediaInputException>(() => _runner.RunAsync(
            FFMpegArguments.FromFileInput(missing),
            _folder.File("out.mp4"),
            _ => { },
            totalDuration: null,
            progress: null,
            TestContext.Current.CancellationToken));

        ex.Message.ShouldBe("'missing.mp4' cannot be used: it does not exist");
    }

    [Fact]
    public async Task RunAsync_ShouldSayFfmpegIsMissingAndWhatItDisables_WhenFfmpegIsNotInstalled()
    {
        var runner = new FfmpegRunner(
            ToolProbes.Real(new() { ["MediaEngine:Tools:ffmpeg"] = "/nonexistent/ffmpeg" }),
            NullLogger<FfmpegRunner>.Instance);

        var ex = await Should.ThrowAsync<InvalidOperationException>(() => runner.RunAsync(
            FFMpegArguments.FromFileInput(_folder.File("any.mp4"), verifyExists: false),
            _folder.File("out.mp4"),
            _ => { },
            totalDuration: null,
            progress: null,
            TestContext.Current.CancellationToken));

        ex.Message.ShouldContain("ffmpeg is missing");
        ex.Message.ShouldContain("transcode");
    }

    [Fact]
    public async Task RunAsync_ShouldReportOnly0And100_WhenTotalDurationIsUnknown()
    {
        var input = await TestMedia.SineWavAsync(_folder.File("tone.wav"), seconds: 0.5);
        var output = _folder.File("tone.flac");
        var progress = new RecordingProgress();

        await _runner.RunAsync(FFMpegArguments.FromFileInput(input), output, o => o.WithAudioCodec("flac"), null, progress, CancellationToken.None);

        progress.Values.ShouldBe([0, 100]);
        new FileInfo(output).Length.ShouldBeGreaterThan(0);
    }
}
