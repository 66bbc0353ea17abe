using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Catalog;
using MediaEngine.Pipelines.Presets;
using MediaEngine.Web.Components.Pages.Jobs.Run;

namespace MediaEngine.Web.Tests.Components.Pages.Jobs.Run;

public sealed class RunBatchTests
{
    private static readonly NodeCatalog Catalog = new();

    private static PipelineGraph Graph(params GraphInput[] inputs) => new("test", null, inputs, [], [], []);

    [Fact]
    public void Expand_ShouldKeepVideosToJoinInOneJob_WhenTheirInputNodeCollectsThem()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        var stitch = new SystemPresetLibrary().Get("stitch-parts");

        var (jobs, problem) = RunBatch.Expand(stitch, new Dictionary<string, IReadOnlyList<Guid>> { ["parts"] = [a, b] }, Catalog);

        problem.ShouldBeNull();
        jobs.ShouldHaveSingleItem()["parts"].ShouldBe([a, b]);
    }

    [Fact]
    public void Expand_ShouldRunOneJobPerFile_WhenSeveralFilesAreChosenForAOneFileInput()
    {
        var (a, b, logo) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var graph = Graph(new GraphInput("image", PortKind.Image), new GraphInput("logo", PortKind.Image));

        var (jobs, problem) = RunBatch.Expand(graph, new Dictionary<string, IReadOnlyList<Guid>> { ["image"] = [a, b], ["logo"] = [logo] }, Catalog);

        problem.ShouldBeNull();
        jobs.Select(j => (j["image"].Single(), j["logo"].Single())).ShouldBe([(a, logo), (b, logo)]);
    }

    [Fact]
    public void Expand_ShouldKeepAnImageSetInOneJob_WhenItHoldsSeveralFiles()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());

        var (jobs, problem) = RunBatch.Expand(Graph(new GraphInput("images", PortKind.ImageSet)), new Dictionary<string, IReadOnlyList<Guid>> { ["images"] = [a, b] }, Catalog);

        problem.ShouldBeNull();
        jobs.ShouldHaveSingleItem()["images"].ShouldBe([a, b]);
    }

    [Fact]
    public void Expand_ShouldRefuseWithAReason_WhenTwoOneFileInputsHoldSeveralFiles()
    {
        var graph = Graph(new GraphInput("image", PortKind.Image), new GraphInput("audio", PortKind.Audio));

        var (jobs, problem) = RunBatch.Expand(graph, new Dictionary<string, IReadOnlyList<Guid>>
        {
            ["image"] = [Guid.NewGuid(), Guid.NewGuid()],
            ["audio"] = [Guid.NewGuid(), Guid.NewGuid()],
        }, Catalog);

        jobs.ShouldBeEmpty();
        problem.ShouldBe("Several files are chosen for 'image' and 'audio'; choose several for one input only (one job runs per file).");
    }
}
