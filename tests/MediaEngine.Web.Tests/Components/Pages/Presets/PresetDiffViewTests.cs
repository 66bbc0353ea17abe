using Bunit;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Graph.Parameters;
using MediaEngine.Domain.Presets;
using MediaEngine.Pipelines.Catalog;
using MediaEngine.Pipelines.Presets;
using MediaEngine.Web.Components.Pages.Presets;
using MediaEngine.Web.Tests.Support;

namespace MediaEngine.Web.Tests.Components.Pages.Presets;

public sealed class PresetDiffViewTests : MudBunitContext
{
    [Fact]
    public void Render_ShouldDrawAddedAndRemovedEdgesOnTheGraphs_AndListParameterChanges()
    {
        var before = new SystemPresetLibrary().Get("web-images");
        var after = new PipelineGraph(before.Name, before.Description, before.Inputs, before.Nodes,
            [.. before.Edges.Where(e => e.To.Node != "thumb"), new GraphEdge(PortRef.Parse("fit.image"), PortRef.Parse("thumb.image"))],
            before.Outputs, [new GraphParameter("accent", GraphParameterKind.Colour, "#ff5500")]);

        var view = Render<PresetDiffView>(p => p
            .Add(x => x.From, Version(1, before))
            .Add(x => x.To, Version(2, after))
            .Add(x => x.NodeTypes, new NodeCatalog()));

        view.Find("[data-testid=preset-diff-to] path[data-edge='fit.image->thumb.image']").ClassList.ShouldContain("me-diff-edge--added");
        view.Find("[data-testid=preset-diff-from] path[data-edge='source.image->thumb.image']").ClassList.ShouldContain("me-diff-edge--removed");
        view.Find("[data-testid=preset-diff-to] path[data-edge='source.image->fit.image']").ClassList.ShouldNotContain("me-diff-edge--added");
        view.Find("[data-change=parameter-added]").TextContent.ShouldContain("accent");
    }

    private static PresetVersionInfo Version(int number, PipelineGraph graph) =>
        new(Guid.NewGuid(), number, null, "Olga", DateTime.UtcNow, PipelineGraphJson.Serialize(graph));
}
