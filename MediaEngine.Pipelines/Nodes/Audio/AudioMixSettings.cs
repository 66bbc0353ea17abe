using System.ComponentModel.DataAnnotations;

namespace MediaEngine.Pipelines.Nodes.Audio;

/// <summary>Settings of <c>audio.mix</c>: relative track levels, the mix's length and its format.</summary>
public sealed record AudioMixSettings
{
    [RegularExpression(@"^\s*(\d+(\.\d+)?(\s*,\s*\d+(\.\d+)?)*)?\s*$",
        ErrorMessage = "Weights must be a comma-separated list of numbers, one per track, e.g. '1, 0.3'.")]
    [Display(Name = "Weights", Description = "Relative level of each track in edge order, e.g. '1, 0.3' for voice over quiet music; empty = equal")]
    public string? Weights { get; init; }

    [Display(Name = "Duration", Description = "Stop with the longest track, the shortest, or the first")]
    public MixDuration Duration { get; init; } = MixDuration.Longest;

    [Display(Name = "Format", Description = "WAV (lossless), AAC (.m4a) or MP3")]
    public AudioFormat Format { get; init; } = AudioFormat.Wav;

    [Range(32, 320, ErrorMessage = "The bitrate must be between 32 and 320 kbit/s.")]
    [Display(Name = "Bitrate (kbit/s)", Description = "For AAC and MP3")]
    public int BitrateKbps { get; init; } = 192;
}
