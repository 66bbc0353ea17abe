namespace MediaEngine.Pipelines.Media.Speech;

/// <summary>How text is spoken: the voice, the pace and the pitch.</summary>
/// <param name="Voice">An espeak-ng voice: a language such as <c>en</c>, <c>en-us</c> or <c>fr</c>, optionally with a variant (<c>en+f3</c>).</param>
/// <param name="WordsPerMinute">Speaking rate, 80 to 450 words per minute.</param>
/// <param name="Pitch">Pitch, 0 (low) to 99 (high); 50 is the voice's normal pitch.</param>
public sealed record SpeechOptions(string Voice = "en", int WordsPerMinute = 160, int Pitch = 50)
{
    /// <summary>Slowest speaking rate accepted.</summary>
    public const int MinWordsPerMinute = 80;

    /// <summary>Fastest speaking rate accepted.</summary>
    public const int MaxWordsPerMinute = 450;
}
