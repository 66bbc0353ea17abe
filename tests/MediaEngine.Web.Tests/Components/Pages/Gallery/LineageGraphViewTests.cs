using Bunit;
using MediaEngine.Domain.Artifacts;
using MediaEngine.Domain.Entities;
using MediaEngine.Web.Components.Pages.Gallery;
using MediaEngine.Web.Tests.Support;

namespace MediaEngine.Web.Tests.Components.Pages.Gallery;

public sealed class LineageGraphViewTests : MudBunitContext
{
    private static LineageNode File(LineageNodeKind kind, Guid id, string label, int depth, MediaKind media = MediaKind.Image, bool available = true) =>
        new(LineageNode.KeyOf(kind, id), kind, id, label, "detail", media, depth, false, available);

    [Fact]
    public async Task Render_ShouldDrawEveryNodeAndEveryEdgeWithLinks_WhenGivenALineage()
    {
        var (version, job, asset, logo, fit, mark, web) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        LineageNode[] nodes =
        [
            new(LineageNode.KeyOf(LineageNodeKind.PresetVersion, version), LineageNodeKind.PresetVersion, version, "web-images@2", "Web images", null, 0, false, true, "web-images", 2),
            new(LineageNode.KeyOf(LineageNodeKind.Job, job), LineageNodeKind.Job, job, "Web images · beach.jpg", "job · Succeeded", null, 0, false, true),
            File(LineageNodeKind.Asset, asset, "beach.jpg", -2),
            File(LineageNodeKind.Asset, logo, "logo.png", -1, available: false),
            File(LineageNodeKind.Artifact, fit, "fit.image", -1),
            File(LineageNodeKind.Artifact, mark, "mark.image", 0),
            File(LineageNodeKind.Artifact, web, "webp.image", 1, MediaKind.Text),
        ];
        LineageEdge[] edges =
        [
            new(nodes[0].Key, nodes[1].Key, LineageEdgeKind.Ran),
            new(nodes[1].Key, nodes[4].Key, LineageEdgeKind.Produced),
            new(nodes[2].Key, nodes[4].Key, LineageEdgeKind.Input),
            new(nodes[4].Key, nodes[5].Key, LineageEdgeKind.Input),
            new(nodes[2].Key, nodes[5].Key, LineageEdgeKind.Input), // the same source used twice: both edges drawn
            new(nodes[3].Key, nodes[5].Key, LineageEdgeKind.Input),
            new(nodes[5].Key, nodes[6].Key, LineageEdgeKind.Input),
        ];
        LineageNode? clicked = null;

        var view = Render<LineageGraphView>(p => p
            .Add(c => c.Graph, new LineageGraph(nodes[5].Key, nodes, edges, Truncated: true))
            .Add(c => c.OnAssetClick, (LineageNode n) => clicked = n));

        view.FindAll("[data-testid=lineage-node]").Select(n => n.GetAttribute("data-key")).ShouldBe(nodes.Select(n => n.Key), ignoreOrder: true);
        view.FindAll("[data-testid=lineage-edge]").Select(e => (e.GetAttribute("data-from"), e.GetAttribute("data-to"), e.GetAttribute("data-kind")))
            .ShouldBe(edges.Select(e => ((string?)e.From, (string?)e.To, (string?)e.Kind.ToString())), ignoreOrder: true);
        view.FindAll("[data-testid=lineage-edge]").ShouldAllBe(e => e.GetAttribute("d")!.StartsWith("M ", StringComparison.Ordinal));
        Node(view, nodes[0].Key).QuerySelector("a")!.GetAttribute("href").ShouldBe("/presets/web-images?version=2");
        Node(view, nodes[1].Key).QuerySelector("a")!.GetAttribute("href").ShouldBe($"/jobs/{job}");
        Node(view, nodes[4].Key).QuerySelector("a")!.GetAttribute("href").ShouldBe($"/artifacts/{fit}");
        Node(view, nodes[4].Key).QuerySelector("image")!.GetAttribute("href").ShouldBe($"/files/artifacts/{fit}/thumbnail?size=160");
        Node(view, nodes[6].Key).QuerySelector("image").ShouldBeNull(); // text has no thumbnail
        Node(view, nodes[5].Key).GetAttribute("class")!.ShouldContain("me-lineage__node--root");
        Node(view, nodes[3].Key).GetAttribute("class")!.ShouldContain("me-lineage__node--gone");
        Node(view, nodes[3].Key).QuerySelector("[data-testid=lineage-asset]").ShouldBeNull(); // a deleted asset opens nothing
        view.Find("[data-testid=lineage-truncated]").TextContent.ShouldContain("nearest");

        await view.InvokeAsync(() => Node(view, nodes[2].Key).QuerySelector("[data-testid=lineage-asset]")!.Click());

        clicked.ShouldBe(nodes[2]);
        var x = double.Parse(Translate(Node(view, nodes[2].Key))[0], System.Globalization.CultureInfo.InvariantCulture);
        var y = double.Parse(Translate(Node(view, nodes[6].Key))[0], System.Globalization.CultureInfo.InvariantCulture);
        y.ShouldBeGreaterThan(x, "what was made from the file is drawn right of its sources");
    }

    private static AngleSharp.Dom.IElement Node(IRenderedComponent<LineageGraphView> view, string key) =>
        view.Find($"[data-testid=lineage-node][data-key='{key}']");

    private static string[] Translate(AngleSharp.Dom.IElement node) =>
        node.GetAttribute("transform")!.Replace("translate(", string.Empty, StringComparison.Ordinal).TrimEnd(')').Split(' ');
}
