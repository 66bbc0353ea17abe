namespace MediaEngine.Pipelines.Abstractions;

/// <summary>Declares a node type: its stable id (<c>image.resize</c>), version, category and how people see it.</summary>
/// <remarks>Bump <paramref name="version"/> whenever the node's output for the same settings and inputs changes; it is part of the cache key.</remarks>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PipelineNodeAttribute(string typeId, int version, NodeCategory category, string displayName, string description) : Attribute
{
    public string Id { get; } = typeId;

    public int Version { get; } = version;

    public NodeCategory Category { get; } = category;

    public string DisplayName { get; } = displayName;

    public string Description { get; } = description;
}
