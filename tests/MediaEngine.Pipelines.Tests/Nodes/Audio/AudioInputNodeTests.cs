using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Media;
using MediaEngine.Pipelines.Tests.Media.TestSupport;
using MediaEngine.Pipelines.Tests.Nodes.Video;

namespace MediaEngine.Pipelines.Tests.Nodes.Audio;

public sealed class AudioInputNodeTests : IDisposable
{
    private readonly NodeBench _bench = new();

    public void Dispose() => _bench.Dispose();

    [Fact]
    public async Task AudioInput_ShouldPassTheFileOnAsAudioWithItsDuration_WhenItHasSound()
    {
        var wav = NodeBench.Artifact(await TestMedia.SineWavAsync(_bench.Media.File("tone.wav"), 1.5), PortKind.Data);

        var outputs = await _bench.RunAsync("audio.input", """{"input":"music"}""", [], NodeBench.On("music", wav));

        outputs.Files.ShouldBeEmpty("inputs are passed through, not copied");
        var (port, artifact) = outputs.PassThrough.ShouldHaveSingleItem();
        port.ShouldBe("audio");
        artifact.Path.ShouldBe(wav.Path);
        artifact.Kind.ShouldBe(PortKind.Audio);
        artifact.DurationSeconds.ShouldNotBeNull().ShouldBe(1.5, tolerance: 0.05);
    }

    [Fact]
    public async Task AudioInput_ShouldRefuseNamingTheFile_WhenItHasNoSound()
    {
        var silent = NodeBench.Artifact(await TestMedia.VideoAsync(_bench.Media.File("silent-clip.mp4"), 0.5, width: 64, height: 48), PortKind.Audio);

        var ex = await Should.ThrowAsync<MediaInputException>(() => _bench.RunAsync("audio.input", """{"input":"music"}""", [], NodeBench.On("music", silent)));

        ex.Message.ShouldBe("'silent-clip.mp4' cannot be used: it has no audio stream");
    }
}
