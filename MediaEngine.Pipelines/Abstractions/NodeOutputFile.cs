using MediaEngine.Domain.Graph;

namespace MediaEngine.Pipelines.Abstractions;

/// <summary>A file a node wrote into its work folder, to be stored as an artifact on <see cref="Port"/>.</summary>
public sealed record NodeOutputFile(string Port, string FilePath, PortKind Kind, string MimeType, int? Width = null, int? Height = null, double? DurationSeconds = null);
