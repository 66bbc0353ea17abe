namespace MediaEngine.Pipelines.Compare;

/// <summary>
/// How an output differs from what it was made from. Deltas are percentages of the before value (negative when the
/// after is smaller) and null when either value is unknown or the before is zero.
/// </summary>
/// <param name="Before">The reference file, usually the input.</param>
/// <param name="After">The file compared with it, usually the output.</param>
/// <param name="Ssim">
/// The structural similarity of the after (scaled to the before's dimensions) to the before, 0–1 where 1 is identical:
/// the "All" value of ffmpeg's ssim filter, averaged over frames. Null when not measured or not applicable.
/// </param>
/// <param name="SsimNote">Why <paramref name="Ssim"/> is null, e.g. audio; null when it was measured or not asked for.</param>
public sealed record MediaComparison(ComparedFile Before, ComparedFile After, double? Ssim, string? SsimNote)
{
    /// <summary>What the comparison says when SSIM is asked for on audio.</summary>
    public const string AudioSsimNote = "SSIM does not apply to audio: it measures pictures.";

    /// <summary>Change in file size, in percent of the before's size.</summary>
    public double? SizeDeltaPercent => DeltaPercent(Before.SizeBytes, After.SizeBytes);

    /// <summary>Change in bit rate, in percent of the before's bit rate; null for images or unknown rates.</summary>
    public double? BitRateDeltaPercent => DeltaPercent(Before.BitRate, After.BitRate);

    /// <summary>Change in pixel count, in percent of the before's; null when either has no picture.</summary>
    public double? PixelDeltaPercent => DeltaPercent(
        (long?)Before.Width * Before.Height,
        (long?)After.Width * After.Height);

    /// <summary>True when both files hold pictures, so SSIM can be measured.</summary>
    public bool SsimApplies => SsimAppliesTo(Before.Kind, After.Kind);

    internal static bool SsimAppliesTo(ComparedKind before, ComparedKind after) =>
        before != ComparedKind.Audio && after != ComparedKind.Audio;

    private static double? DeltaPercent(long? before, long? after) =>
        before is { } b && after is { } a && b > 0 ? (a - b) * 100.0 / b : null;
}
