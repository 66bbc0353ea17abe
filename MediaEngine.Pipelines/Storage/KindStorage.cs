using MediaEngine.Domain.Entities;

namespace MediaEngine.Pipelines.Storage;

/// <summary>The stored content of one media kind.</summary>
public sealed record KindStorage(MediaKind Kind, StorageSplit Split);
