using System.ComponentModel.DataAnnotations;

namespace MediaEngine.Pipelines.Nodes.Video;

/// <summary>Settings of <c>video.interpolate</c>: the target frame rate, the method and the H.264 quality.</summary>
public sealed record InterpolateVideoSettings : IValidatableObject
{
    [Display(Name = "Target frame rate", Description = "A standard rate above the source's: 23.976, 24, 25, 29.97, 30, 48, 50, 59.94, 60, 90, 100, 120, 144 or 240")]
    public double TargetFps { get; init; } = 60;

    [Display(Name = "Method", Description = "Motion-compensated is smooth but slow; Blend is fast but ghosts")]
    public InterpolationMethod Method { get; init; } = InterpolationMethod.MotionCompensated;

    [Range(0, 51, ErrorMessage = "CRF must be between 0 and 51.")]
    [Display(Name = "CRF", Description = "H.264 quality: lower is better and larger")]
    public int Crf { get; init; } = 20;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!StandardFrameRates.IsStandard(TargetFps))
        {
            yield return new ValidationResult(
                $"The target frame rate {FfmpegValues.Fps(TargetFps)} is not a standard rate; use one of {StandardFrameRates.Describe()}.",
                [nameof(TargetFps)]);
        }
    }
}
