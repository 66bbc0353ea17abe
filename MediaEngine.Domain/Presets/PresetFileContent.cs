using MediaEngine.Domain.Graph;

namespace MediaEngine.Domain.Presets;

/// <summary>A preset file as read: its graph (name and description included) and the slug it names, if any.</summary>
public sealed record PresetFileContent(PipelineGraph Graph, string? Slug);
