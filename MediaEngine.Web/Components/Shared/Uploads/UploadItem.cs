using MediaEngine.Domain.Entities;

namespace MediaEngine.Web.Components.Shared.Uploads;

/// <summary>One file of an upload and what became of it, for the upload lists.</summary>
public sealed class UploadItem(string key, string name, long sizeBytes)
{
    /// <summary>Name, size and last-modified time: the same file chosen again has the same key, and resumes.</summary>
    public string Key { get; } = key;

    public string Name { get; } = name;

    public long SizeBytes { get; } = sizeBytes;

    public UploadState State { get; set; } = UploadState.Waiting;

    public long SentBytes { get; set; }

    /// <summary>Percentage sent, 0–100.</summary>
    public double Progress => SizeBytes == 0 ? 100 : Math.Min(100, SentBytes * 100.0 / SizeBytes);

    /// <summary>Why it was refused or failed.</summary>
    public string? Message { get; set; }

    /// <summary>The asset it became, or the asset that already had its content.</summary>
    public Guid? AssetId { get; set; }

    /// <summary>The name of that asset (a duplicate keeps the first name).</summary>
    public string? AssetName { get; set; }

    public MediaKind? AssetKind { get; set; }

    public bool IsDone => State is UploadState.Added or UploadState.Duplicate or UploadState.Refused or UploadState.Failed;
}
