using FFMpegCore;

namespace MediaEngine.Pipelines.Media.FFmpeg;

/// <summary>Runs ffmpeg for pipeline nodes; nodes never start processes themselves.</summary>
public interface IFfmpegRunner
{
    /// <summary>
    /// Runs ffmpeg with arguments built by FFMpegCore: the caller configures the inputs in <paramref name="arguments"/>
    /// and the output options in <paramref name="configureOutput"/>; the runner adds <paramref name="outputPath"/> (overwritten).
    /// Reports 0–100 % progress, monotonic, from ffmpeg's own progress output against <paramref name="totalDuration"/>
    /// (only 100 at the end when no duration is given). Cancellation kills ffmpeg and waits for it to exit.
    /// A partial output file is deleted on failure or cancellation.
    /// </summary>
    /// <param name="arguments">Inputs, e.g. <c>FFMpegArguments.FromFileInput(path)</c>; consumed by this call.</param>
    /// <param name="outputPath">The file to write.</param>
    /// <param name="configureOutput">Output options such as codecs and filters.</param>
    /// <param name="totalDuration">Expected output duration, for percentage progress; null when unknown.</param>
    /// <param name="progress">Receives percentages from 0 to 100; optional.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <exception cref="OperationCanceledException">Cancelled; ffmpeg has exited and the output is gone.</exception>
    /// <exception cref="MediaToolException">ffmpeg failed; the message has its exit code and last stderr lines.</exception>
    /// <exception cref="MediaInputException">An input file does not exist.</exception>
    /// <exception cref="InvalidOperationException">ffmpeg is not installed; says what that disables.</exception>
    Task RunAsync(
        FFMpegArguments arguments,
        string outputPath,
        Action<FFMpegOutputOptions> configureOutput,
        TimeSpan? totalDuration,
        IProgress<double>? progress,
        CancellationToken cancellationToken);
}
