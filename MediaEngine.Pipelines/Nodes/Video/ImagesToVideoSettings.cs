using System.ComponentModel.DataAnnotations;

namespace MediaEngine.Pipelines.Nodes.Video;

/// <summary>Settings of <c>video.from-images</c>: frame size and rate, how long slides last and how they cross-fade.</summary>
public sealed record ImagesToVideoSettings : IValidatableObject
{
    /// <summary>The frame rates a slideshow can be made at.</summary>
    public static IReadOnlyList<int> FrameRates { get; } = [24, 25, 30, 60];

    [Range(16, 7680, ErrorMessage = "Width must be between 16 and 7680 pixels.")]
    [Display(Name = "Width", Description = "Output width in pixels (even); 1080×1920 is a 9:16 reel")]
    public int Width { get; init; } = 1080;

    [Range(16, 4320, ErrorMessage = "Height must be between 16 and 4320 pixels.")]
    [Display(Name = "Height", Description = "Output height in pixels (even)")]
    public int Height { get; init; } = 1920;

    [Display(Name = "Frame rate", Description = "Frames per second: 24, 25, 30 or 60")]
    public int Fps { get; init; } = 30;

    [Range(0.5, 60.0, ErrorMessage = "Slide seconds must be between 0.5 and 60.")]
    [Display(Name = "Slide seconds", Description = "How long each slide lasts, cross-fade included (ignored when timing is FitAudio)")]
    public double SlideSeconds { get; init; } = 3;

    [Range(0.0, 5.0, ErrorMessage = "Cross-fade seconds must be between 0 and 5.")]
    [Display(Name = "Cross-fade seconds", Description = "How long one slide fades into the next; 0 cuts")]
    public double CrossfadeSeconds { get; init; } = 0.5;

    [Display(Name = "Timing", Description = "FixedDuration uses slide seconds; FitAudio spreads the slides evenly over the connected audio")]
    public SlideTiming Timing { get; init; } = SlideTiming.FixedDuration;

    [Display(Name = "Motion", Description = "None keeps each picture still; KenBurns slowly zooms in and out")]
    public SlideMotion Motion { get; init; } = SlideMotion.None;

    [Range(0, 51, ErrorMessage = "CRF must be between 0 and 51.")]
    [Display(Name = "CRF", Description = "H.264 quality: lower is better and larger")]
    public int Crf { get; init; } = 20;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Width % 2 != 0 || Height % 2 != 0)
        {
            yield return new ValidationResult(
                $"Width and height must be even (H.264 needs it); {Width}×{Height} is not.", [nameof(Width), nameof(Height)]);
        }

        if (!FrameRates.Contains(Fps))
        {
            yield return new ValidationResult(
                $"The frame rate must be one of {string.Join(", ", FrameRates)} fps; {Fps} is not.", [nameof(Fps)]);
        }

        if (Timing == SlideTiming.FixedDuration && CrossfadeSeconds >= SlideSeconds)
        {
            yield return new ValidationResult(
                $"The cross-fade ({FfmpegValues.Seconds(CrossfadeSeconds)}) must be shorter than a slide ({FfmpegValues.Seconds(SlideSeconds)}).",
                [nameof(CrossfadeSeconds), nameof(SlideSeconds)]);
        }
    }
}
