using System.ComponentModel.DataAnnotations;

namespace MediaEngine.Pipelines.Nodes.Audio;

/// <summary>Settings of <c>audio.loudnorm</c>: the EBU R128 loudness target and the output format.</summary>
public sealed record LoudnormSettings
{
    [Range(-70.0, -5.0, ErrorMessage = "The target loudness must be between -70 and -5 LUFS.")]
    [Display(Name = "Target loudness (LUFS)", Description = "Integrated loudness: -16 suits podcasts and web video, -23 broadcast, -14 music streaming")]
    public double TargetLufs { get; init; } = -16;

    [Range(-9.0, 0.0, ErrorMessage = "The true peak must be between -9 and 0 dBTP.")]
    [Display(Name = "True peak (dBTP)", Description = "The highest peak allowed")]
    public double TruePeak { get; init; } = -1.5;

    [Display(Name = "Format", Description = "WAV (lossless), AAC (.m4a) or MP3")]
    public AudioFormat Format { get; init; } = AudioFormat.Wav;

    [Range(32, 320, ErrorMessage = "The bitrate must be between 32 and 320 kbit/s.")]
    [Display(Name = "Bitrate (kbit/s)", Description = "For AAC and MP3")]
    public int BitrateKbps { get; init; } = 192;
}
