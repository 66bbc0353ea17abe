using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using MediaEngine.Pipelines.Media.Tools;
using Microsoft.Extensions.Logging;

namespace MediaEngine.Pipelines.Media.Speech;

/// <summary>
/// Speaks text with espeak-ng (found by <see cref="ISystemToolProbe"/>): arguments passed one by one, the text fed on
/// standard input as UTF-8, the WAV written with <c>-w</c>. Cancellation kills espeak-ng and deletes the partial file.
/// </summary>
public sealed partial class EspeakTextToSpeech(ISystemToolProbe toolProbe, ILogger<EspeakTextToSpeech> logger) : ITextToSpeech
{
    /// <summary>The longest text spoken in one go (about 1.5 hours of speech).</summary>
    public const int MaxCharacters = 100_000;

    /// <summary>A WAV header alone is 44 bytes; a file no larger than that holds no sound.</summary>
    private const int WavHeaderBytes = 44;

    /// <inheritdoc />
    public async Task SynthesizeAsync(string text, SpeechOptions options, string outputPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputPath);
        Check(text, options);
        cancellationToken.ThrowIfCancellationRequested();

        var status = await toolProbe.GetStatusAsync(SystemTool.EspeakNg, cancellationToken);
        if (!status.IsAvailable || status.ExecutablePath is null)
        {
            throw new InvalidOperationException(status.Describe());
        }

        var fullOutput = Path.GetFullPath(outputPath);
        var outputName = Path.GetFileName(fullOutput);
        Directory.CreateDirectory(Path.GetDirectoryName(fullOutput)!);
        File.Delete(fullOutput);

        using var process = new Process { StartInfo = StartInfo(status.ExecutablePath, options, fullOutput) };
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException($"espeak-ng ('{status.ExecutablePath}') could not be started: {ex.Message}", ex);
        }

        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        var feed = FeedAsync(process.StandardInput, text);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            KillAndWait(process);
            await Task.WhenAll(feed, stdout, stderr);
            DeletePartialOutput(fullOutput);
            throw new OperationCanceledException($"espeak-ng speaking into '{outputName}' was cancelled.", null, cancellationToken);
        }

        await Task.WhenAll(feed, stdout);
        var errors = (await stderr)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => ToolOutput.Clean(l, fullOutput))
            .ToList();
        if (process.ExitCode != 0)
        {
            DeletePartialOutput(fullOutput);
            if (errors.Any(l => l.Contains("voice does not exist", StringComparison.OrdinalIgnoreCase)))
            {
                throw new ArgumentException(
                    $"espeak-ng has no voice '{options.Voice}'. Use a language code such as 'en', 'en-us', 'fr' or 'de' " +
                    "(the installed voices are listed by 'espeak-ng --voices').");
            }

            var failure = new MediaToolException("espeak-ng", process.ExitCode, errors, $"speaking into '{outputName}'");
            logger.LogWarning(failure, "espeak-ng failed with voice {Voice}", options.Voice);
            throw failure;
        }

        if (!File.Exists(fullOutput) || new FileInfo(fullOutput).Length <= WavHeaderBytes)
        {
            DeletePartialOutput(fullOutput);
            throw new MediaToolException("espeak-ng", 0, errors, $"speaking into '{outputName}': it exited without writing any sound");
        }
    }

    /// <summary>Is this a plausible espeak-ng voice name (language, optional variant), with no room for option injection?</summary>
    public static bool IsValidVoiceName(string? voice) => voice is not null && VoiceName().IsMatch(voice);

    private static void Check(string text, SpeechOptions options)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException("There is no text to speak: the text is empty.");
        }

        if (text.Length > MaxCharacters)
        {
            throw new ArgumentException($"The text is {text.Length:N0} characters long; at most {MaxCharacters:N0} can be spoken at once.");
        }

        if (!IsValidVoiceName(options.Voice))
        {
            throw new ArgumentException(
                $"'{options.Voice}' is not an espeak-ng voice name: use a language code such as 'en', 'en-us' or 'fr', optionally with a variant such as 'en+f3'.");
        }

        if (options.WordsPerMinute is < SpeechOptions.MinWordsPerMinute or > SpeechOptions.MaxWordsPerMinute)
        {
            throw new ArgumentException(
                $"The speaking rate {options.WordsPerMinute} is out of range: use {SpeechOptions.MinWordsPerMinute} to {SpeechOptions.MaxWordsPerMinute} words per minute.");
        }

        if (options.Pitch is < 0 or > 99)
        {
            throw new ArgumentException($"The pitch {options.Pitch} is out of range: use 0 to 99.");
        }
    }

    private static ProcessStartInfo StartInfo(string executable, SpeechOptions options, string fullOutput)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        };
        string[] arguments =
        [
            "-v", options.Voice,
            "-s", options.WordsPerMinute.ToString(CultureInfo.InvariantCulture),
            "-p", options.Pitch.ToString(CultureInfo.InvariantCulture),
            "-b", "1", // the input is UTF-8
            "-w", fullOutput,
            "--stdin",
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    /// <summary>Writes the text and closes standard input; espeak-ng exiting early (a bad voice, a kill) is not an error here.</summary>
    private static async Task FeedAsync(StreamWriter input, string text)
    {
        try
        {
            await input.WriteAsync(text);
            await input.FlushAsync();
            input.Close();
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            // The exit code and stderr tell what happened.
        }
    }

    private static void KillAndWait(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }

        process.WaitForExit();
    }

    private void DeletePartialOutput(string fullOutput)
    {
        try
        {
            File.Delete(fullOutput);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(ex, "Could not delete the partial espeak-ng output {Output}", fullOutput);
        }
    }

    // A language (letters, digits, '-', '_', '/' for voice files such as "gmw/en-US"), optionally "+variant".
    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_\-/]{0,47}(\+[A-Za-z0-9_\-]{1,32})?$")]
    private static partial Regex VoiceName();
}
