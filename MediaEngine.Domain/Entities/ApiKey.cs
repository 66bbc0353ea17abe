namespace MediaEngine.Domain.Entities;

/// <summary>A bearer key for <c>/api/v1</c>. Only its SHA-256 hash is stored.</summary>
public sealed class ApiKey
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public required string Name { get; set; }

    /// <summary>The first characters of the key, shown so people can tell keys apart.</summary>
    public required string Prefix { get; set; }

    /// <summary>Lower-case hex SHA-256 of the whole key; unique.</summary>
    public required string KeyHash { get; set; }

    public UserRole Role { get; set; } = UserRole.Viewer;

    public Guid? CreatedById { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public DateTime? LastUsedAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    public bool IsActive => RevokedAt is null;
}
