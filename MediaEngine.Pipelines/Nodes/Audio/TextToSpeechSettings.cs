using System.ComponentModel.DataAnnotations;

namespace MediaEngine.Pipelines.Nodes.Audio;

/// <summary>Settings of <c>audio.tts</c>: the espeak-ng voice, speaking rate and pitch.</summary>
public sealed record TextToSpeechSettings
{
    [Required(ErrorMessage = "Choose a voice, e.g. 'en', 'en-us', 'fr' or 'de'.")]
    [RegularExpression(@"^[A-Za-z0-9][A-Za-z0-9_\-/]{0,47}(\+[A-Za-z0-9_\-]{1,32})?$",
        ErrorMessage = "The voice must be an espeak-ng voice name such as 'en', 'en-us' or 'fr', optionally with a variant ('en+f3').")]
    [Display(Name = "Voice", Description = "An espeak-ng voice: a language code such as en, en-us, fr, de, optionally +variant (en+f3)")]
    public string Voice { get; init; } = "en";

    [Range(80, 450, ErrorMessage = "The speed must be between 80 and 450 words per minute.")]
    [Display(Name = "Speed (words/min)", Description = "160 is a calm narration pace")]
    public int Speed { get; init; } = 160;

    [Range(0, 99, ErrorMessage = "The pitch must be between 0 and 99.")]
    [Display(Name = "Pitch", Description = "0 low to 99 high; 50 is the voice's normal pitch")]
    public int Pitch { get; init; } = 50;
}
