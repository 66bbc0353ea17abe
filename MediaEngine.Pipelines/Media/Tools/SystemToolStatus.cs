namespace MediaEngine.Pipelines.Media.Tools;

/// <summary>Whether a tool can be used: its resolved path and version, or why not.</summary>
public sealed record SystemToolStatus(SystemTool Tool, bool IsAvailable, string? ExecutablePath, string? Version, string? Problem)
{
    public string Describe() => IsAvailable
        ? $"{Tool.Name}: {Version} ({ExecutablePath})"
        : $"{Tool.Name} is missing: {Problem}. Disabled: {Tool.Disables}.";
}
