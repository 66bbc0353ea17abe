namespace MediaEngine.Pipelines.Storage;

/// <summary>
/// What the jobs of one preset (all its versions, test runs included) wrote and is still stored, each file once within
/// the preset; content that is also a source asset is not counted here.
/// </summary>
public sealed record PresetStorage(Guid PresetId, string Slug, string Name, StorageBytes Published, StorageBytes Intermediates)
{
    public StorageBytes Total => Published + Intermediates;
}
