namespace MediaEngine.Domain.Entities;

/// <summary>A source file brought into MediaEngine (upload, Google Drive, generated demo media). Never modified.</summary>
public sealed class Asset
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public required string Name { get; set; }

    public MediaKind Kind { get; set; }

    public required string MimeType { get; set; }

    public long SizeBytes { get; set; }

    /// <summary>Lower-case hex SHA-256 of the content; the file is stored content-addressed under it.</summary>
    public required string Sha256 { get; set; }

    public int? Width { get; set; }

    public int? Height { get; set; }

    public double? DurationSeconds { get; set; }

    /// <summary>Normalised media information (codecs, frame rate, …) as JSON.</summary>
    public string? MediaInfoJson { get; set; }

    /// <summary>Where it came from: "upload", "drive", "demo".</summary>
    public string Source { get; set; } = "upload";

    public Guid? UploadedById { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    /// <summary>Soft delete: set when deleted; the file stays until no artifact refers to it.</summary>
    public DateTime? DeletedAt { get; set; }

    public List<AssetTag> Tags { get; set; } = [];
}
