namespace MediaEngine.Pipelines.Catalog;

/// <summary>One editable setting of a node, as a generated form needs it.</summary>
public sealed record SettingDescriptor(
    string Name,
    string DisplayName,
    string? Description,
    SettingEditor Editor,
    bool Required,
    double? Minimum,
    double? Maximum,
    IReadOnlyList<string> Choices,
    object? DefaultValue);
