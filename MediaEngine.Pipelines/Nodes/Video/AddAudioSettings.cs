using System.ComponentModel.DataAnnotations;

namespace MediaEngine.Pipelines.Nodes.Video;

/// <summary>Settings of <c>video.add-audio</c>: replace or mix, the track's volume and the resulting length.</summary>
public sealed record AddAudioSettings
{
    [Display(Name = "Mode", Description = "Replace the video's sound, or mix the track over it")]
    public AudioMode Mode { get; init; } = AudioMode.Replace;

    [Range(0, 200, ErrorMessage = "The audio volume must be between 0 and 200 %.")]
    [Display(Name = "Audio volume (%)", Description = "Level of the added track: 100 keeps it as it is")]
    public int AudioVolume { get; init; } = 100;

    [Display(Name = "Fit to", Description = "Video keeps the video's length (the track is cut or ends in silence); Shortest stops at whichever ends first")]
    public AudioFit FitTo { get; init; } = AudioFit.Video;
}
