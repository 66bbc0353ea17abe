namespace MediaEngine.Web.Components.Shared.Uploads;

/// <summary>An upload this browser started earlier and the server still holds, waiting for its file to be chosen again.</summary>
public sealed record PendingUpload(string Name, long Size, long Offset);
