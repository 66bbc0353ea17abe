namespace MediaEngine.Domain.Presets;

/// <summary>A node present in both versions whose type or settings differ; its position is not compared.</summary>
public sealed record NodeChange(string NodeId, string OldType, string NewType, IReadOnlyList<SettingChange> Settings)
{
    public bool TypeChanged => OldType != NewType;
}
