using System.Text;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Media.Probing;
using MediaEngine.Pipelines.Media.Speech;

namespace MediaEngine.Pipelines.Nodes.Audio;

/// <summary>Reads text aloud with espeak-ng into a WAV file: narration for a video.</summary>
[PipelineNode("audio.tts", 1, NodeCategory.Audio, "Text to speech", "Read text aloud (espeak-ng) into a WAV file, e.g. a narration.")]
[InputPort("text", PortKind.Text)]
[OutputPort("audio", PortKind.Audio)]
[RequiresTool("espeak-ng")]
[RequiresTool("ffprobe")]
public sealed class TextToSpeechNode(ITextToSpeech speech, IMediaProbe probe) : PipelineNode<TextToSpeechSettings>
{
    protected override async Task<NodeOutputs> ExecuteAsync(NodeContext context, TextToSpeechSettings settings, CancellationToken cancellationToken)
    {
        var input = context.Input("text");
        var text = await File.ReadAllTextAsync(input.Path, Encoding.UTF8, cancellationToken);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException("There is no text to speak: the text input is empty.");
        }

        var output = context.NewOutputPath(".wav");
        context.ReportProgress(0, $"Speaking {text.Length:N0} characters");
        await speech.SynthesizeAsync(text, new SpeechOptions(settings.Voice, settings.Speed, settings.Pitch), output, cancellationToken);
        var info = await probe.ProbeAsync(output, cancellationToken);
        return NodeOutputs.Of(new NodeOutputFile("audio", output, PortKind.Audio, "audio/wav", DurationSeconds: info.DurationSeconds));
    }
}
