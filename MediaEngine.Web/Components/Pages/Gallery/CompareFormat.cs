using System.Globalization;
using MediaEngine.Pipelines.Compare;

namespace MediaEngine.Web.Components.Pages.Gallery;

/// <summary>How the comparison's figures read on screen.</summary>
public static class CompareFormat
{
    /// <summary>"+12.5 %", "−40.0 %", "±0 %", or an em dash when unknown.</summary>
    public static string Delta(double? percent) => percent switch
    {
        null => "—",
        0 => "±0 %",
        > 0 => string.Create(CultureInfo.InvariantCulture, $"+{percent:0.0} %"),
        _ => string.Create(CultureInfo.InvariantCulture, $"−{-percent:0.0} %"),
    };

    /// <summary>"1600×900", or an em dash for audio.</summary>
    public static string Dimensions(ComparedFile file) =>
        file.Width is { } w && file.Height is { } h ? string.Create(CultureInfo.InvariantCulture, $"{w}×{h}") : "—";

    public static string Duration(double? seconds) =>
        seconds is { } s ? string.Create(CultureInfo.InvariantCulture, $"{s:0.00} s") : "—";

    /// <summary>"+0.50 s", "−1.20 s", "±0 s", or an em dash when either is unknown.</summary>
    public static string DurationDelta(double? before, double? after) => (before, after) switch
    {
        ({ } b, { } a) when Math.Abs(a - b) < 0.005 => "±0 s",
        ({ } b, { } a) when a > b => string.Create(CultureInfo.InvariantCulture, $"+{a - b:0.00} s"),
        ({ } b, { } a) => string.Create(CultureInfo.InvariantCulture, $"−{b - a:0.00} s"),
        _ => "—",
    };

    /// <summary>"1.25 Mb/s", "96 kb/s", or an em dash when unknown.</summary>
    public static string BitRate(long? bitsPerSecond) => bitsPerSecond switch
    {
        null => "—",
        >= 1_000_000 => string.Create(CultureInfo.InvariantCulture, $"{bitsPerSecond / 1_000_000.0:0.##} Mb/s"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bitsPerSecond / 1000.0:0.#} kb/s"),
    };

    /// <summary>"0.9412", the figure the SSIM row shows.</summary>
    public static string Ssim(double ssim) => ssim.ToString("0.0000", CultureInfo.InvariantCulture);
}
