namespace MediaEngine.Benchmarks;

internal static class Statistics
{
    /// <summary>The nearest-rank percentile of an ascending list.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, int percent) =>
        sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
}
