namespace MediaEngine.Pipelines.Storage;

/// <summary>How many distinct stored files (by content) and how many bytes they take.</summary>
public sealed record StorageBytes(long Files, long Bytes)
{
    public static readonly StorageBytes None = new(0, 0);

    public StorageBytes Add(long bytes) => new(Files + 1, Bytes + bytes);

    public static StorageBytes operator +(StorageBytes left, StorageBytes right) =>
        new(left.Files + right.Files, left.Bytes + right.Bytes);
}
