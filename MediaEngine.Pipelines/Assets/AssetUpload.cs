namespace MediaEngine.Pipelines.Assets;

/// <summary>One time someone sent an asset's content, from the audit trail: who, when, under which name, and whether it was already there.</summary>
public sealed record AssetUpload(string Actor, DateTime At, string? Name, bool Duplicate);
