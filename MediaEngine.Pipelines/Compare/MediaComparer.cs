using MediaEngine.Pipelines.Media;
using MediaEngine.Pipelines.Media.Probing;
using MediaEngine.Pipelines.Media.Tools;
using Microsoft.Extensions.Logging;

namespace MediaEngine.Pipelines.Compare;

/// <summary>
/// Compares two media files, typically an output with its input: sizes, dimensions, durations and bit rates from
/// ffprobe, and for pictures the SSIM ffmpeg measures. Both files are only read.
/// </summary>
public sealed class MediaComparer(IMediaProbe probe, ISystemToolProbe toolProbe, ILogger<MediaComparer> logger)
{
    private readonly SsimMeter _ssim = new(toolProbe, logger);

    /// <summary>Probes both files and measures SSIM (null with a note for audio).</summary>
    /// <exception cref="MediaInputException">A file is missing or cannot be read; names the file.</exception>
    /// <exception cref="MediaToolException">ffmpeg failed measuring SSIM; quotes its last stderr lines.</exception>
    /// <exception cref="InvalidOperationException">ffprobe or ffmpeg is not installed; says what that disables.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; ffmpeg has been stopped.</exception>
    public Task<MediaComparison> CompareAsync(string beforePath, string afterPath, CancellationToken cancellationToken) =>
        CompareAsync(beforePath, afterPath, measureSsim: true, progress: null, cancellationToken);

    /// <summary>
    /// Probes both files and, when <paramref name="measureSsim"/>, measures SSIM with 0–100 % progress (videos report
    /// along their duration; images only at the start and the end). Without it the comparison is quick and
    /// <see cref="MediaComparison.Ssim"/> is null.
    /// </summary>
    /// <inheritdoc cref="CompareAsync(string, string, CancellationToken)" path="/exception" />
    public async Task<MediaComparison> CompareAsync(
        string beforePath, string afterPath, bool measureSsim, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(beforePath);
        ArgumentException.ThrowIfNullOrWhiteSpace(afterPath);

        var beforeInfo = await probe.ProbeAsync(beforePath, cancellationToken);
        var afterInfo = await probe.ProbeAsync(afterPath, cancellationToken);
        var before = ComparedFile.From(beforeInfo);
        var after = ComparedFile.From(afterInfo);

        if (!MediaComparison.SsimAppliesTo(before.Kind, after.Kind))
        {
            return new MediaComparison(before, after, null, MediaComparison.AudioSsimNote);
        }

        if (!measureSsim)
        {
            return new MediaComparison(before, after, null, null);
        }

        // ffmpeg turns rotated video upright while decoding, so the filter graph sees the displayed size.
        var duration = before.DurationSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
        var ssim = await _ssim.MeasureAsync(beforePath, afterPath, before.Width!.Value, before.Height!.Value, duration, progress, cancellationToken);
        return new MediaComparison(before, after, ssim, null);
    }
}
