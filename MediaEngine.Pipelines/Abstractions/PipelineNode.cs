namespace MediaEngine.Pipelines.Abstractions;

/// <summary>Base for nodes with a typed settings record whose DataAnnotations are validated before the node runs.</summary>
public abstract class PipelineNode<TSettings> : IPipelineNode
    where TSettings : class, new()
{
    public Type SettingsType => typeof(TSettings);

    public Task<NodeOutputs> ExecuteAsync(NodeContext context, object settings, CancellationToken cancellationToken) =>
        ExecuteAsync(context, (TSettings)settings, cancellationToken);

    protected abstract Task<NodeOutputs> ExecuteAsync(NodeContext context, TSettings settings, CancellationToken cancellationToken);
}
