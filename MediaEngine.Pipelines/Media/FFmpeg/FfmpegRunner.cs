using FFMpegCore;
using FFMpegCore.Enums;
using FFMpegCore.Exceptions;
using MediaEngine.Pipelines.Media.Tools;
using Microsoft.Extensions.Logging;

namespace MediaEngine.Pipelines.Media.FFmpeg;

/// <summary>
/// Runs ffmpeg through FFMpegCore with the executable found by <see cref="ISystemToolProbe"/> (per-call
/// <see cref="FFOptions"/>; the global FFMpegCore options are left alone).
/// </summary>
public sealed class FfmpegRunner(ISystemToolProbe toolProbe, ILogger<FfmpegRunner> logger) : IFfmpegRunner
{
    /// <inheritdoc />
    public async Task RunAsync(
        FFMpegArguments arguments,
        string outputPath,
        Action<FFMpegOutputOptions> configureOutput,
        TimeSpan? totalDuration,
        IProgress<double>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputPath);
        ArgumentNullException.ThrowIfNull(configureOutput);
        if (outputPath.Contains('"'))
        {
            // FFMpegCore quotes paths with double quotes; one inside the path would split the argument.
            throw new ArgumentException($"The output path '{outputPath}' must not contain a double quote.", nameof(outputPath));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var options = await GetOptionsAsync(cancellationToken);

        var fullOutput = Path.GetFullPath(outputPath);
        var outputName = Path.GetFileName(fullOutput);
        Directory.CreateDirectory(Path.GetDirectoryName(fullOutput)!);

        var stderr = new StderrTail();
        var percent = new PercentProgress(progress);
        percent.ReportRunning(0);

        var processor = arguments
            .OutputToFile(fullOutput, overwrite: true, configureOutput)
            .WithLogLevel(FFMpegLogLevel.Error)
            .NotifyOnStandardError(stderr.Add)
            .CancellableThrough(cancellationToken, gracePeriod: TimeSpan.Zero);
        if (progress is not null && totalDuration is { } total && total > TimeSpan.Zero)
        {
            processor.NotifyOnPercentageProgress(percent.ReportRunning, total);
        }

        logger.LogDebug("Running ffmpeg from {BinaryFolder} with {Arguments}", options.BinaryFolder, processor.Arguments);

        FFMpegResult result;
        try
        {
            result = await processor.ProcessAsynchronously(throwOnError: false, options);
        }
        catch (OperationCanceledException)
        {
            DeletePartialOutput(fullOutput);
            throw new OperationCanceledException($"ffmpeg writing '{outputName}' was cancelled.", null, cancellationToken);
        }
        catch (FileNotFoundException ex)
        {
            // FFMpegCore checks that file inputs exist before starting ffmpeg, so nothing was written.
            throw new MediaInputException(ex.FileName ?? "input", "it does not exist", ex);
        }
        catch (Exception ex) when (ex is FFMpegException or IOException or InvalidOperationException)
        {
            DeletePartialOutput(fullOutput);
            throw new MediaToolException("ffmpeg", -1, stderr.Lines, $"writing '{outputName}'", ex);
        }

        if (result.Cancelled)
        {
            DeletePartialOutput(fullOutput);
            throw new OperationCanceledException($"ffmpeg writing '{outputName}' was cancelled.", null, cancellationToken);
        }

        if (result.ExitCode != 0)
        {
            DeletePartialOutput(fullOutput);
            var failure = new MediaToolException("ffmpeg", result.ExitCode, stderr.Lines, $"writing '{outputName}'");
            logger.LogWarning(failure, "ffmpeg failed: {Arguments}", processor.Arguments);
            throw failure;
        }

        if (!File.Exists(fullOutput))
        {
            throw new MediaToolException("ffmpeg", 0, stderr.Lines, $"writing '{outputName}': it exited without creating the file");
        }

        percent.Complete();
    }

    private async Task<FFOptions> GetOptionsAsync(CancellationToken cancellationToken)
    {
        var status = await toolProbe.GetStatusAsync(SystemTool.FFmpeg, cancellationToken);
        if (!status.IsAvailable || status.ExecutablePath is null)
        {
            throw new InvalidOperationException(status.Describe());
        }

        // FFMpegCore takes a folder and looks for "ffmpeg" in it, so the executable must carry that name.
        var expectedName = OperatingSystem.IsWindows() ? "ffmpeg.exe" : "ffmpeg";
        if (!string.Equals(Path.GetFileName(status.ExecutablePath), expectedName, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"The ffmpeg executable '{status.ExecutablePath}' ({SystemTool.FFmpeg.ConfigurationKey}) must be named " +
                $"'{expectedName}': FFMpegCore looks for that name in the executable's folder. Disabled: {SystemTool.FFmpeg.Disables}.");
        }

        return new FFOptions { BinaryFolder = Path.GetDirectoryName(status.ExecutablePath)! };
    }

    private void DeletePartialOutput(string fullOutput)
    {
        try
        {
            File.Delete(fullOutput);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(ex, "Could not delete the partial ffmpeg output {Output}", fullOutput);
        }
    }
}
