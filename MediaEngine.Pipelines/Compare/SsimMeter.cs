using System.Globalization;
using FFMpegCore;
using FFMpegCore.Exceptions;
using MediaEngine.Pipelines.Media;
using MediaEngine.Pipelines.Media.FFmpeg;
using MediaEngine.Pipelines.Media.Tools;
using Microsoft.Extensions.Logging;

namespace MediaEngine.Pipelines.Compare;

/// <summary>
/// Runs ffmpeg's ssim filter on two files with FFMpegCore's argument builder and the executable found by
/// <see cref="ISystemToolProbe"/>: the after is scaled to the before's size inside the filter graph and the frames go to
/// the null muxer, so nothing is written. <see cref="IFfmpegRunner"/> cannot be used here: it always writes a file and
/// keeps ffmpeg at the error log level, which hides the summary line the figure is read from.
/// </summary>
internal sealed class SsimMeter(ISystemToolProbe toolProbe, ILogger logger)
{
    public async Task<double> MeasureAsync(
        string beforePath, string afterPath, int width, int height, TimeSpan? duration, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        foreach (var path in (string[])[beforePath, afterPath])
        {
            if (path.Contains('"'))
            {
                throw new MediaInputException(path, "its path contains a double quote, which ffmpeg's argument quoting cannot carry");
            }
        }

        var options = await GetOptionsAsync(cancellationToken);
        var graph = string.Create(CultureInfo.InvariantCulture, $"[1:v]scale={width}:{height}[b];[0:v][b]ssim");
        var stderr = new StderrTail();
        double? summary = null;
        var percent = new PercentProgress(progress);
        percent.ReportRunning(0);

        var processor = FFMpegArguments
            .FromFileInput(Path.GetFullPath(beforePath))
            .AddFileInput(Path.GetFullPath(afterPath))
            .OutputToNull(o => o.WithCustomArgument($"-filter_complex {graph}").WithCustomArgument("-an -sn"))
            .NotifyOnStandardError(line =>
            {
                if (line is not null && SsimSummary.ParseAll(line) is { } all)
                {
                    summary = all;
                }
                else
                {
                    stderr.Add(line);
                }
            })
            .CancellableThrough(cancellationToken, gracePeriod: TimeSpan.Zero);
        if (progress is not null && duration is { } total && total > TimeSpan.Zero)
        {
            processor.NotifyOnPercentageProgress(percent.ReportRunning, total);
        }

        logger.LogDebug("Measuring SSIM with ffmpeg: {Arguments}", processor.Arguments);
        var context = $"measuring the SSIM of '{Path.GetFileName(afterPath)}' against '{Path.GetFileName(beforePath)}'";
        FFMpegResult result;
        try
        {
            result = await processor.ProcessAsynchronously(throwOnError: false, options);
        }
        catch (FileNotFoundException ex)
        {
            throw new MediaInputException(ex.FileName ?? "input", "it does not exist", ex);
        }
        catch (Exception ex) when (ex is FFMpegException or IOException or InvalidOperationException)
        {
            throw new MediaToolException("ffmpeg", -1, stderr.Lines, context, ex);
        }

        if (result.Cancelled || cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException("Measuring SSIM was cancelled.", null, cancellationToken);
        }

        if (result.ExitCode != 0)
        {
            throw new MediaToolException("ffmpeg", result.ExitCode, stderr.Lines, context);
        }

        if (summary is not { } ssim)
        {
            throw new MediaToolException("ffmpeg", 0, stderr.Lines, $"{context}: it compared no frames and logged no SSIM summary");
        }

        percent.Complete();
        return ssim;
    }

    private async Task<FFOptions> GetOptionsAsync(CancellationToken cancellationToken)
    {
        var status = await toolProbe.GetStatusAsync(SystemTool.FFmpeg, cancellationToken);
        if (!status.IsAvailable || status.ExecutablePath is null)
        {
            throw new InvalidOperationException(status.Describe());
        }

        var expectedName = OperatingSystem.IsWindows() ? "ffmpeg.exe" : "ffmpeg";
        if (!string.Equals(Path.GetFileName(status.ExecutablePath), expectedName, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"The ffmpeg executable '{status.ExecutablePath}' ({SystemTool.FFmpeg.ConfigurationKey}) must be named " +
                $"'{expectedName}': FFMpegCore looks for that name in the executable's folder.");
        }

        return new FFOptions { BinaryFolder = Path.GetDirectoryName(status.ExecutablePath)! };
    }
}
