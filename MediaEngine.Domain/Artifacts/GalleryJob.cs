namespace MediaEngine.Domain.Artifacts;

/// <summary>A production job as the gallery's job picker offers it.</summary>
public sealed record GalleryJob(Guid Id, string Title, DateTime CreatedAt);
