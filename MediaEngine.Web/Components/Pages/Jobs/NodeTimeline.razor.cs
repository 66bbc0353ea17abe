using System.Globalization;
using MediaEngine.Domain.Entities;
using Microsoft.AspNetCore.Components;

namespace MediaEngine.Web.Components.Pages.Jobs;

/// <summary>
/// One row per node with a bar from its start to its finish (or to <see cref="Now"/> while it runs), as percentages of
/// the time from <see cref="Start"/> to the last finish, so bar lengths compare durations. Nodes that have not started
/// get a row without a bar. Each bar carries <c>data-left</c> and <c>data-width</c> in percent.
/// </summary>
public partial class NodeTimeline
{
    private List<Bar> _bars = [];
    private TimeSpan _total;

    /// <summary>The nodes in the order to draw them.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<NodeTiming> Nodes { get; set; } = [];

    /// <summary>The job's start; without one, the earliest node start.</summary>
    [Parameter]
    public DateTime? Start { get; set; }

    /// <summary>The end of the bars of nodes still running.</summary>
    [Parameter]
    public DateTime Now { get; set; } = DateTime.UtcNow;

    protected override void OnParametersSet()
    {
        var started = Nodes.Where(n => n.StartedAt is not null).ToList();
        if (started.Count == 0)
        {
            _bars = [];
            return;
        }

        var origin = Start ?? started.Min(n => n.StartedAt!.Value);
        var end = started.Max(EndOf);
        _total = end > origin ? end - origin : TimeSpan.Zero;
        var scale = _total > TimeSpan.Zero ? 100 / _total.TotalMilliseconds : 0;
        _bars = [.. Nodes.Select(n => n.StartedAt is { } s
            ? new Bar(n, Math.Clamp((s - origin).TotalMilliseconds * scale, 0, 100), Math.Clamp((EndOf(n) - s).TotalMilliseconds * scale, 0, 100), EndOf(n) - s)
            : new Bar(n, 0, null, null))];
    }

    private DateTime EndOf(NodeTiming node) => node.FinishedAt ?? (node.State == NodeRunState.Running ? Now : node.StartedAt!.Value);

    private static string F(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string BarClass(NodeTiming node) =>
        $"me-timeline__bar me-timeline__bar--{node.State.ToString().ToLowerInvariant()}{(node.CacheHit ? " me-timeline__bar--cached" : string.Empty)}";

    private static string Tooltip(Bar bar) =>
        $"{bar.Timing.NodeId}: {bar.Timing.State}, {JobDisplay.Time(bar.Timing.StartedAt)} → {(bar.Timing.FinishedAt is { } f ? JobDisplay.Time(f) : "running")}"
        + (bar.Timing.CacheHit ? ", from the cache" : string.Empty);

    private sealed record Bar(NodeTiming Timing, double Left, double? Width, TimeSpan? Duration);
}
