using System.ComponentModel.DataAnnotations;

namespace MediaEngine.Pipelines.Nodes.Video;

/// <summary>Settings of <c>video.analyze</c>: how different two frames must be to count as a scene change.</summary>
public sealed record AnalyzeVideoSettings
{
    [Range(0.05, 0.9, ErrorMessage = "The scene threshold must be between 0.05 and 0.9.")]
    [Display(Name = "Scene threshold", Description = "How different a frame must be from the one before to count as a new scene (0.05 sensitive … 0.9 only hard cuts)")]
    public double SceneThreshold { get; init; } = 0.3;
}
