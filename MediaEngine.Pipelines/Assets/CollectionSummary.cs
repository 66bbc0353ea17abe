namespace MediaEngine.Pipelines.Assets;

/// <summary>A collection as lists show it, with how many live assets it holds.</summary>
public sealed record CollectionSummary(Guid Id, string Name, string? Description, int AssetCount);
