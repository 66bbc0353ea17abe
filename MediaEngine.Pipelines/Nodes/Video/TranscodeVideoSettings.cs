using System.ComponentModel.DataAnnotations;

namespace MediaEngine.Pipelines.Nodes.Video;

public sealed record TranscodeVideoSettings
{
    [Display(Name = "Codec", Description = "H.264 and HEVC in MP4, VP9 and AV1 in WebM")]
    public VideoCodec Codec { get; init; } = VideoCodec.H264;

    [Range(0, 63, ErrorMessage = "CRF must be between 0 and 63 (51 for H.264/HEVC).")]
    [Display(Name = "CRF", Description = "Constant quality: lower is better and larger (23 is a good H.264 default)")]
    public int Crf { get; init; } = 23;

    [Display(Name = "Speed", Description = "Encoder preset")]
    public EncoderSpeed Speed { get; init; } = EncoderSpeed.Medium;

    [Range(0, 4320, ErrorMessage = "Maximum height must be between 0 (keep) and 4320.")]
    [Display(Name = "Maximum height", Description = "Scale down to at most this height; 0 keeps the size")]
    public int MaxHeight { get; init; }

    [Range(32, 512, ErrorMessage = "Audio bitrate must be between 32 and 512 kbit/s.")]
    [Display(Name = "Audio bitrate (kbit/s)")]
    public int AudioBitrateKbps { get; init; } = 128;
}
