namespace MediaEngine.Pipelines.Storage;

/// <summary>
/// Stored content split three ways, each file counted once: <see cref="Sources"/> (live assets), <see cref="Published"/>
/// (published outputs that are not also a source) and <see cref="Intermediates"/> (everything else a job wrote and that is
/// still stored).
/// </summary>
public sealed record StorageSplit(StorageBytes Sources, StorageBytes Published, StorageBytes Intermediates)
{
    public static readonly StorageSplit None = new(StorageBytes.None, StorageBytes.None, StorageBytes.None);

    public StorageBytes Total => Sources + Published + Intermediates;
}
