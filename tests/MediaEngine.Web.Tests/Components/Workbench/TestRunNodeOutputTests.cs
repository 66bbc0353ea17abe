using Bunit;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Jobs;
using MediaEngine.Domain.Options;
using MediaEngine.Pipelines.Artifacts;
using MediaEngine.Web.Components.Pages.Jobs;
using MediaEngine.Web.Components.Workbench;
using MediaEngine.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MediaEngine.Web.Tests.Components.Workbench;

/// <summary>The selected node's test-run output: text shown, data tables as rows, a failed node's error, a stale note.</summary>
public sealed class TestRunNodeOutputTests : MudBunitContext
{
    private readonly string _dataPath = Directory.CreateTempSubdirectory("mediaengine-testrun-").FullName;
    private readonly ArtifactStore _store;

    public TestRunNodeOutputTests()
    {
        _store = new ArtifactStore(Options.Create(new MediaEngineOptions { DataPath = _dataPath }));
        Services.AddSingleton(_store);
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var file in Directory.EnumerateFiles(_dataPath, "*", SearchOption.AllDirectories))
        {
            System.IO.File.SetAttributes(file, FileAttributes.Normal);
        }

        Directory.Delete(_dataPath, recursive: true);
    }

    [Fact]
    public async Task Render_ShouldShowTheTextAFileHolds_WhenTheNodeWroteText()
    {
        var text = await StoreAsync("speech.txt", "Three slides, one story.", MediaKind.Text, "text/plain");

        var panel = Render<TestRunNodeOutput>(p => p.Add(x => x.Run, Run("narration", NodeRunState.Succeeded, text)).Add(x => x.NodeId, "narration"));

        panel.WaitForAssertion(() => panel.Find("[data-testid=test-run-text]").TextContent.ShouldBe("Three slides, one story."));
    }

    [Fact]
    public async Task Render_ShouldShowTheRowsOfATable_WhenTheNodeWroteData()
    {
        var rows = await StoreAsync("rows.json", """[{"title":"Welcome","body":"Swipe"},{"title":"Tip","extra":3}]""", MediaKind.Data, "application/json");

        var panel = Render<TestRunNodeOutput>(p => p.Add(x => x.Run, Run("table", NodeRunState.Succeeded, rows)).Add(x => x.NodeId, "table"));

        panel.WaitForAssertion(() => panel.FindAll("[data-testid=test-run-row]").Count.ShouldBe(2));
        panel.FindAll("[data-testid=test-run-table] th").Select(h => h.TextContent).ShouldBe(["title", "body", "extra"]);
        panel.FindAll("[data-testid=test-run-row]")[1].TextContent.ShouldBe("Tip3");
    }

    [Fact]
    public void Render_ShouldShowTheError_WhenTheNodeFailed_AndSayWhenItIsStale()
    {
        var run = Run("fit", NodeRunState.Failed) with
        {
            States = new Dictionary<string, CanvasNodeState> { ["fit"] = new(NodeRunState.Failed, "failed", "The image is 0×0.") },
        };

        var panel = Render<TestRunNodeOutput>(p => p.Add(x => x.Run, run).Add(x => x.NodeId, "fit").Add(x => x.Stale, true));

        panel.Find("[data-testid=test-run-node-error]").TextContent.ShouldContain("The image is 0×0.");
        panel.Find("[data-testid=test-run-node-stale]").TextContent.ShouldContain("changed since the test run");
    }

    [Fact]
    public void Preview_ShouldBeAThumbnailForPicturesAndALabelOtherwise()
    {
        CanvasPreview.Of([File("a", MediaKind.Image, width: 320, height: 200), File("b", MediaKind.Image)])!
            .ShouldBe(new CanvasPreview("image", $"/files/artifacts/{_first}/thumbnail?size=160", "320×200 +1"));
        CanvasPreview.Of([File("v", MediaKind.Video, seconds: 2.5)])!.Url!.ShouldEndWith("/thumbnail?size=160");
        CanvasPreview.Of([File("t", MediaKind.Audio, seconds: 1.25)])!.Label.ShouldBe("♪ audio · 1.3 s");
        CanvasPreview.Of([]).ShouldBeNull();
    }

    private Guid _first;

    private Artifact File(string node, MediaKind kind, int? width = null, int? height = null, double? seconds = null)
    {
        var artifact = new Artifact { Sha256 = new string('a', 64), Kind = kind, MimeType = "x/y", NodeId = node, Width = width, Height = height, DurationSeconds = seconds };
        if (_first == Guid.Empty)
        {
            _first = artifact.Id;
        }

        return artifact;
    }

    private async Task<Artifact> StoreAsync(string name, string content, MediaKind kind, string mime)
    {
        var path = Path.Combine(_dataPath, name);
        await System.IO.File.WriteAllTextAsync(path, content, Xunit.TestContext.Current.CancellationToken);
        var stored = await _store.ImportSourceAsync(path, kind == MediaKind.Text ? PortKind.Text : PortKind.Data, Xunit.TestContext.Current.CancellationToken);
        return new Artifact { Sha256 = stored.Sha256, Kind = kind, MimeType = mime, SizeBytes = stored.SizeBytes, NodeId = null };
    }

    private static TestRunView Run(string node, NodeRunState state, params Artifact[] files)
    {
        foreach (var file in files)
        {
            file.NodeId = node;
        }

        return new TestRunView(
            Guid.NewGuid(), JobStatus.Succeeded, new PipelineGraph("g", null, [], [], [], []),
            new Dictionary<string, CanvasNodeState> { [node] = new(state, state.ToString().ToLowerInvariant()) },
            [new JobLogLine(DateTime.UtcNow, JobEventKind.Log, node, "hello")],
            files);
    }
}
