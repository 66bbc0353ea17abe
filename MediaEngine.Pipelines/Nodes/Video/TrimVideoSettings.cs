using System.ComponentModel.DataAnnotations;

namespace MediaEngine.Pipelines.Nodes.Video;

/// <summary>Settings of <c>video.trim</c>: the part of the video to keep.</summary>
public sealed record TrimVideoSettings : IValidatableObject
{
    [Range(0, 86400, ErrorMessage = "The start must be between 0 and 86400 seconds.")]
    [Display(Name = "Start (seconds)", Description = "Where the kept part begins")]
    public double StartSeconds { get; init; }

    [Range(0, 86400, ErrorMessage = "The end must be between 0 (the end of the video) and 86400 seconds.")]
    [Display(Name = "End (seconds)", Description = "Where the kept part ends; 0 keeps everything after the start")]
    public double EndSeconds { get; init; }

    [Display(Name = "Frame accurate", Description = "Re-encode (H.264) to cut exactly; off copies the streams, fast and lossless, cutting at the keyframe before the start")]
    public bool Accurate { get; init; } = true;

    [Range(0, 51, ErrorMessage = "CRF must be between 0 and 51.")]
    [Display(Name = "CRF", Description = "H.264 quality when re-encoding: lower is better and larger")]
    public int Crf { get; init; } = 20;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (EndSeconds > 0 && EndSeconds <= StartSeconds)
        {
            yield return new ValidationResult(
                $"The end ({FfmpegValues.Seconds(EndSeconds)}) must be after the start ({FfmpegValues.Seconds(StartSeconds)}); use 0 to keep everything after the start.",
                [nameof(EndSeconds)]);
        }
    }
}
