using System.Globalization;
using Bunit;
using MediaEngine.Domain.Entities;
using MediaEngine.Web.Components.Pages.Jobs;
using MediaEngine.Web.Tests.Support;

namespace MediaEngine.Web.Tests.Components.Pages.Jobs;

public sealed class NodeTimelineTests : MudBunitContext
{
    private static readonly DateTime T0 = new(2026, 11, 24, 12, 0, 0, DateTimeKind.Utc);

    private static double Attribute(IRenderedComponent<NodeTimeline> timeline, string node, string name) =>
        double.Parse(timeline.Find($".me-timeline__row[data-node='{node}'] .me-timeline__bar").GetAttribute(name)!, CultureInfo.InvariantCulture);

    [Fact]
    public void Render_ShouldMakeBarsProportionalToDurations_WhenNodesRanOneAfterAnother()
    {
        NodeTiming[] nodes =
        [
            new("source", NodeRunState.Succeeded, T0, T0.AddSeconds(1)),
            new("fit", NodeRunState.Succeeded, T0.AddSeconds(1), T0.AddSeconds(4)),
            new("thumb", NodeRunState.Succeeded, T0.AddSeconds(2), T0.AddSeconds(3), CacheHit: true),
        ];

        var timeline = Render<NodeTimeline>(p => p.Add(t => t.Nodes, nodes).Add(t => t.Start, T0));

        Attribute(timeline, "source", "data-left").ShouldBe(0, 0.001);
        Attribute(timeline, "source", "data-width").ShouldBe(25, 0.001);
        Attribute(timeline, "fit", "data-left").ShouldBe(25, 0.001);
        Attribute(timeline, "fit", "data-width").ShouldBe(75, 0.001);
        Attribute(timeline, "thumb", "data-left").ShouldBe(50, 0.001);
        Attribute(timeline, "thumb", "data-width").ShouldBe(25, 0.001);
        timeline.Find(".me-timeline__row[data-node='thumb'] .me-timeline__bar").ClassList.ShouldContain("me-timeline__bar--cached");
    }

    [Fact]
    public void Render_ShouldOffsetBarsFromTheJobStart_AndRunRunningNodesUntilNow()
    {
        NodeTiming[] nodes =
        [
            new("source", NodeRunState.Succeeded, T0.AddSeconds(2), T0.AddSeconds(4)),
            new("fit", NodeRunState.Running, T0.AddSeconds(4), null),
            new("webp", NodeRunState.Pending, null, null),
        ];

        var timeline = Render<NodeTimeline>(p => p.Add(t => t.Nodes, nodes).Add(t => t.Start, T0).Add(t => t.Now, T0.AddSeconds(10)));

        Attribute(timeline, "source", "data-left").ShouldBe(20, 0.001);
        Attribute(timeline, "source", "data-width").ShouldBe(20, 0.001);
        Attribute(timeline, "fit", "data-width").ShouldBe(60, 0.001);
        timeline.Find(".me-timeline__row[data-node='webp']").QuerySelector(".me-timeline__bar").ShouldBeNull();
        timeline.Find(".me-timeline__row[data-node='webp'] .me-timeline__duration").TextContent.ShouldBe("not run");
    }

    [Fact]
    public void Render_ShouldSayNothingRan_WhenNoNodeHasStarted()
    {
        var timeline = Render<NodeTimeline>(p => p.Add(t => t.Nodes, [new NodeTiming("fit", NodeRunState.Pending, null, null)]));

        timeline.Find("[data-testid=node-timeline-empty]").TextContent.ShouldContain("No node has started");
        timeline.FindAll(".me-timeline__bar").ShouldBeEmpty();
    }
}
