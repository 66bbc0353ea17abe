using MediaEngine.Domain.Artifacts;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;
using MediaEngine.Workers.Tests.Support;
using Shouldly;

namespace MediaEngine.Workers.Tests.Jobs;

/// <summary>The lineage the gallery draws, read back from what a real job recorded as it ran.</summary>
public sealed class JobLineageTests
{
    [Fact]
    public async Task LineageAsync_ShouldReturnTheWholeChain_WhenATwoStageJobRanThroughTheEngine()
    {
        await using var host = await JobHost.StartAsync();
        var image = await host.ImageAsync("beach.png", "640x480");
        var job = await host.SubmitAsync("web-images", "image", image);
        var done = await host.WaitForEndAsync(job.Id);
        done.Status.ShouldBe(JobStatus.Succeeded, done.Error);
        var queries = host.Get<ArtifactQueries>();
        var webp = (await queries.PublishedOfJobAsync(job.Id, TestContext.Current.CancellationToken)).Single(a => a.NodeId == "webp");

        var lineage = await queries.LineageAsync(webp.Id, TestContext.Current.CancellationToken);

        // web-images: image input → source → fit → webp (two processing stages), and source → thumb beside it.
        lineage.ShouldNotBeNull();
        lineage.Inputs.Select(i => (i.Source, i.Label, i.Depth)).ShouldBe(
            [(LineageSource.Artifact, "fit.image", 1), (LineageSource.Artifact, "source.image", 2), (LineageSource.Asset, "beach.png", 3)]);
        lineage.SourceAssets.Single().Id.ShouldBe(image.Id);
        lineage.Derived.ShouldBeEmpty();
        var graph = lineage.Graph;
        graph.Nodes.Where(n => n.Kind == LineageNodeKind.PresetVersion).Select(n => (n.Id, n.PresetSlug, n.PresetVersion))
            .ShouldBe([(job.PresetVersionId, "web-images", 1)]);
        graph.Nodes.Single(n => n.Kind == LineageNodeKind.Job).Id.ShouldBe(job.Id);
        graph.Edges.Count(e => e.Kind == LineageEdgeKind.Input).ShouldBe(3);

        var source = lineage.Inputs.Single(i => i.Label == "source.image");
        var forward = await queries.LineageAsync(source.Id, TestContext.Current.CancellationToken);
        forward.ShouldNotBeNull();
        forward.Derived.Select(d => (d.Label, d.Depth)).ShouldBe([("fit.image", 1), ("thumb.image", 1), ("webp.image", 2)], ignoreOrder: true);
        forward.Derived.Select(d => d.Depth).ShouldBeInOrder();
        forward.Graph.Nodes.Where(n => n.Kind == LineageNodeKind.Artifact).ShouldAllBe(n => n.MediaKind == MediaKind.Image);
    }
}
