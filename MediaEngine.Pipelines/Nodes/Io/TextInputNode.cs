using System.Text;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Media;
using MediaEngine.Pipelines.Nodes.Audio;

namespace MediaEngine.Pipelines.Nodes.Io;

/// <summary>
/// Text for the graph (a narration script, a caption): read from a supplied UTF-8 .txt file, checked, or typed into
/// the node's settings. Either way it leaves as a UTF-8 .txt file.
/// </summary>
[PipelineNode("text.input", 1, NodeCategory.Io, "Text input", "Text supplied as a .txt file when the pipeline runs, or typed into the node.")]
[OutputPort("text", PortKind.Text)]
public sealed class TextInputNode : PipelineNode<TextInputSettings>
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    protected override async Task<NodeOutputs> ExecuteAsync(NodeContext context, TextInputSettings settings, CancellationToken cancellationToken)
    {
        var outputs = new NodeOutputs();
        if (!string.IsNullOrWhiteSpace(settings.Text))
        {
            return outputs.Add(await WriteAsync(context, settings.Text, cancellationToken));
        }

        foreach (var source in InputSupply.Require(context, settings.Input ?? string.Empty))
        {
            var text = await InputSupply.CheckAsync(source, path => ReadAsync(path, cancellationToken));
            outputs.Add(await WriteAsync(context, text, cancellationToken));
        }

        return outputs;
    }

    private static async Task<string> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new MediaInputException(path, "it does not exist");
        }

        // UTF-8 takes at most 4 bytes per character; anything larger is certainly over the limit.
        if (file.Length > TextInputSettings.MaxCharacters * 4L)
        {
            throw new MediaInputException(path, $"it is {file.Length:N0} bytes, too long for a text (at most {TextInputSettings.MaxCharacters:N0} characters)");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(await File.ReadAllBytesAsync(path, cancellationToken)).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new MediaInputException(path, "it is not UTF-8 text");
        }

        if (text.Contains('\0'))
        {
            throw new MediaInputException(path, "it is not text (it contains NUL characters)");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new MediaInputException(path, "it contains no text");
        }

        return text.Length <= TextInputSettings.MaxCharacters
            ? text
            : throw new MediaInputException(path, $"it is {text.Length:N0} characters long, over the limit of {TextInputSettings.MaxCharacters:N0}");
    }

    private static async Task<NodeOutputFile> WriteAsync(NodeContext context, string text, CancellationToken cancellationToken)
    {
        var path = context.NewOutputPath(".txt");
        await File.WriteAllTextAsync(path, text, StrictUtf8, cancellationToken);
        return new NodeOutputFile("text", path, PortKind.Text, "text/plain");
    }
}
