using System.Globalization;

namespace MediaEngine.Pipelines.Nodes.Video;

/// <summary>The frame rates players and platforms expect; interpolation targets one of these.</summary>
public static class StandardFrameRates
{
    /// <summary>23.976, 24, 25, 29.97, 30, 48, 50, 59.94, 60, 90, 100, 120, 144 and 240.</summary>
    public static IReadOnlyList<double> All { get; } = [23.976, 24, 25, 29.97, 30, 48, 50, 59.94, 60, 90, 100, 120, 144, 240];

    /// <summary>True when <paramref name="fps"/> is one of <see cref="All"/> (within 0.001).</summary>
    public static bool IsStandard(double fps) => All.Any(r => Math.Abs(r - fps) < 0.001);

    /// <summary>The list for messages: "23.976, 24, …, 240".</summary>
    public static string Describe() => string.Join(", ", All.Select(r => r.ToString("0.###", CultureInfo.InvariantCulture)));
}
