using System.ComponentModel.DataAnnotations;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;

namespace MediaEngine.Pipelines.Tests.Support;

/// <summary>Small nodes over text files, so the engine is tested without media. Each counts its executions.</summary>
public static class TextNodes
{
    public static readonly Dictionary<string, int> Executions = [];

    public static void Count(NodeContext context)
    {
        lock (Executions)
        {
            Executions[context.NodeId] = Executions.GetValueOrDefault(context.NodeId) + 1;
        }
    }

    public static NodeOutputs Write(NodeContext context, string port, string text)
    {
        var path = context.NewOutputPath(".txt");
        File.WriteAllText(path, text);
        return NodeOutputs.Of(new NodeOutputFile(port, path, PortKind.Text, "text/plain"));
    }
}

public sealed record TextSourceSettings
{
    [Required]
    public string Text { get; init; } = "hello";
}

[PipelineNode("test.source", 1, NodeCategory.Io, "Text source", "Emits its text setting.")]
[OutputPort("text", PortKind.Text)]
public sealed class TextSourceNode : PipelineNode<TextSourceSettings>
{
    protected override Task<NodeOutputs> ExecuteAsync(NodeContext context, TextSourceSettings settings, CancellationToken cancellationToken)
    {
        TextNodes.Count(context);
        return Task.FromResult(TextNodes.Write(context, "text", settings.Text));
    }
}

public sealed record AppendSettings
{
    [Range(1, 10, ErrorMessage = "Times must be between 1 and 10.")]
    public int Times { get; init; } = 1;

    public string Suffix { get; init; } = "!";
}

[PipelineNode("test.append", 1, NodeCategory.Flow, "Append", "Appends a suffix to every input text, joined.")]
[InputPort("text", PortKind.Text, Multiple = true)]
[OutputPort("text", PortKind.Text)]
public sealed class AppendNode : PipelineNode<AppendSettings>
{
    protected override async Task<NodeOutputs> ExecuteAsync(NodeContext context, AppendSettings settings, CancellationToken cancellationToken)
    {
        TextNodes.Count(context);
        var texts = new List<string>();
        foreach (var input in context.Inputs("text"))
        {
            texts.Add(await File.ReadAllTextAsync(input.Path, cancellationToken));
        }

        return TextNodes.Write(context, "text", string.Join("+", texts) + string.Concat(Enumerable.Repeat(settings.Suffix, settings.Times)));
    }
}

public sealed record NoSettings;

[PipelineNode("test.fail", 1, NodeCategory.Flow, "Fail", "Always fails.")]
[InputPort("text", PortKind.Text)]
[OutputPort("text", PortKind.Text)]
public sealed class FailNode : PipelineNode<NoSettings>
{
    protected override Task<NodeOutputs> ExecuteAsync(NodeContext context, NoSettings settings, CancellationToken cancellationToken)
    {
        TextNodes.Count(context);
        throw new InvalidOperationException("deliberate failure");
    }
}

/// <summary>Signals <see cref="Started"/>, then waits until cancelled.</summary>
[PipelineNode("test.wait", 1, NodeCategory.Flow, "Wait", "Waits for cancellation.")]
[InputPort("text", PortKind.Text)]
[OutputPort("text", PortKind.Text)]
public sealed class WaitNode : PipelineNode<NoSettings>
{
    public static TaskCompletionSource Started { get; set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override async Task<NodeOutputs> ExecuteAsync(NodeContext context, NoSettings settings, CancellationToken cancellationToken)
    {
        Started.TrySetResult();
        await Task.Delay(Timeout.Infinite, cancellationToken);
        throw new InvalidOperationException("unreachable");
    }
}
