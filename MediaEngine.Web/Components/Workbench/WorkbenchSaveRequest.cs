namespace MediaEngine.Web.Components.Workbench;

/// <summary>What the save dialog collected: name and slug for a new preset, and the version note.</summary>
public sealed record WorkbenchSaveRequest(string? Name, string? Slug, string? Note);
