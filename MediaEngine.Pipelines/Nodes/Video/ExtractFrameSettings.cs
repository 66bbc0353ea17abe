using System.ComponentModel.DataAnnotations;
using MediaEngine.Pipelines.Nodes.Image;

namespace MediaEngine.Pipelines.Nodes.Video;

public sealed record ExtractFrameSettings
{
    [Range(0, 86400, ErrorMessage = "The time must be between 0 and 86400 seconds.")]
    [Display(Name = "At (seconds)", Description = "Where to take the frame; past the end takes the middle")]
    public double AtSeconds { get; init; } = 1;

    [Display(Name = "Format")]
    public ImageFormat Format { get; init; } = ImageFormat.Jpeg;
}
