namespace MediaEngine.Domain.Presets;

/// <summary>
/// One setting of a node that differs between two versions. The values are compact JSON (<c>80</c>, <c>"WebP"</c>);
/// <paramref name="OldValue"/> is null when the setting was added, <paramref name="NewValue"/> when it was removed.
/// </summary>
public sealed record SettingChange(string Name, string? OldValue, string? NewValue)
{
    public override string ToString() => $"{Name}: {OldValue ?? "(not set)"} → {NewValue ?? "(not set)"}";
}
