namespace MediaEngine.Domain.Presets;

/// <summary>Which presets a list shows.</summary>
public enum PresetKindFilter
{
    All,
    System,
    User,
}
