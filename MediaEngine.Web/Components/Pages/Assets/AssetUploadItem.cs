namespace MediaEngine.Web.Components.Pages.Assets;

/// <summary>One file of an upload and what became of it, for the upload list.</summary>
public sealed class AssetUploadItem(string name, long sizeBytes)
{
    public string Name { get; } = name;

    public long SizeBytes { get; } = sizeBytes;

    public AssetUploadState State { get; set; } = AssetUploadState.Waiting;

    /// <summary>Percentage received, 0–100.</summary>
    public double Progress { get; set; }

    /// <summary>Why it was refused or failed.</summary>
    public string? Message { get; set; }

    /// <summary>The asset it became, or the asset that already had its content.</summary>
    public Guid? AssetId { get; set; }

    /// <summary>The name of that asset (a duplicate keeps the first name).</summary>
    public string? AssetName { get; set; }

    public bool IsDone => State is AssetUploadState.Added or AssetUploadState.Duplicate or AssetUploadState.Refused or AssetUploadState.Failed;
}
