namespace MediaEngine.Pipelines.Abstractions;

/// <summary>A node that does one piece of media work. Implement through <see cref="PipelineNode{TSettings}"/>.</summary>
public interface IPipelineNode
{
    Type SettingsType { get; }

    Task<NodeOutputs> ExecuteAsync(NodeContext context, object settings, CancellationToken cancellationToken);
}
