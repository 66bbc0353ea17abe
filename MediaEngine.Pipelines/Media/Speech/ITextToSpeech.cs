namespace MediaEngine.Pipelines.Media.Speech;

/// <summary>Turns text into speech; nodes use this rather than starting a speech program themselves.</summary>
public interface ITextToSpeech
{
    /// <summary>Speaks <paramref name="text"/> into a WAV file at <paramref name="outputPath"/> (overwritten).</summary>
    /// <exception cref="ArgumentException">The text is empty, or the voice or rate is not valid; the message names it.</exception>
    /// <exception cref="MediaToolException">The speech program failed; the message has its exit code and stderr.</exception>
    /// <exception cref="InvalidOperationException">The speech program is not installed; says what that disables.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; the speech process has been killed and the partial file deleted.</exception>
    Task SynthesizeAsync(string text, SpeechOptions options, string outputPath, CancellationToken cancellationToken);
}
