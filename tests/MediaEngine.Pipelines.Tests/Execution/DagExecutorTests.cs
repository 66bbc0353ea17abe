using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Execution;
using MediaEngine.Pipelines.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Pipelines.Tests.Execution;

public sealed class DagExecutorTests : IDisposable
{
    private readonly EngineHarness _engine = new();

    public DagExecutorTests() => TextNodes.Executions.Clear();

    public void Dispose() => _engine.Dispose();

    private static PipelineGraph Diamond(string suffix = "!") => Graphs.Build(
        [("a", "test.source", """{"text":"a"}"""), ("b", "test.source", """{"text":"b"}"""), ("join", "test.append", $$"""{"suffix":"{{suffix}}"}""")],
        ["a.text->join.text", "b.text->join.text"],
        "result=join.text");

    [Fact]
    public async Task RunAsync_ShouldFeedEveryEdgeIntoAMultiplePort_InEdgeOrder()
    {
        var result = await _engine.RunAsync(Diamond());

        result.Succeeded.ShouldBeTrue();
        var output = result.Outputs["result"].ShouldHaveSingleItem();
        (await File.ReadAllTextAsync(output.Path)).ShouldBe("a+b!");
        output.Sha256.Length.ShouldBe(64);
        output.Path.ShouldStartWith(Path.Combine(_engine.DataPath, "artifacts"));
    }

    [Fact]
    public async Task RunAsync_ShouldRecordEveryArtifactWithLineage_AndMarkGraphOutputsPublished()
    {
        var result = await _engine.RunAsync(Diamond());

        await using var db = _engine.Database.CreateDbContext();
        var rows = await db.Artifacts.Include(a => a.Inputs).ToListAsync(TestContext.Current.CancellationToken);
        rows.Select(r => r.NodeId).ShouldBe(["a", "b", "join"], ignoreOrder: true);
        var join = rows.Single(r => r.NodeId == "join");
        join.IsPublished.ShouldBeTrue();
        join.Sha256.ShouldBe(result.Outputs["result"][0].Sha256);
        join.Inputs.Select(i => i.InputArtifactId).ShouldBe(rows.Where(r => r.NodeId != "join").Select(r => (Guid?)r.Id), ignoreOrder: true);
        rows.Where(r => r.NodeId != "join").ShouldAllBe(r => !r.IsPublished);
    }

    [Fact]
    public async Task RunAsync_ShouldServeEverythingFromCache_WhenRunAgainUnchanged()
    {
        await _engine.RunAsync(Diamond());

        var second = await _engine.RunAsync(Diamond());

        second.Nodes.Values.ShouldAllBe(n => n.CacheHit);
        TextNodes.Executions.ShouldBe(new Dictionary<string, int> { ["a"] = 1, ["b"] = 1, ["join"] = 1 }, ignoreOrder: true);
    }

    [Fact]
    public async Task RunAsync_ShouldReexecuteOnlyTheChangedNode_WhenLastNodeSettingChanges()
    {
        await _engine.RunAsync(Diamond("!"));

        var second = await _engine.RunAsync(Diamond("?"));

        second.Nodes["a"].CacheHit.ShouldBeTrue();
        second.Nodes["b"].CacheHit.ShouldBeTrue();
        second.Nodes["join"].CacheHit.ShouldBeFalse();
        TextNodes.Executions["join"].ShouldBe(2);
        (await File.ReadAllTextAsync(second.Outputs["result"][0].Path)).ShouldBe("a+b?");
    }

    [Fact]
    public async Task RunAsync_ShouldSkipDependentsOfAFailedNode_AndFinishIndependentBranches()
    {
        var graph = Graphs.Build(
            [("src", "test.source", "{}"), ("bad", "test.fail", "{}"), ("after", "test.append", "{}"), ("good", "test.append", "{}")],
            ["src.text->bad.text", "bad.text->after.text", "src.text->good.text"],
            "broken=after.text", "fine=good.text");

        var result = await _engine.RunAsync(graph);

        result.Succeeded.ShouldBeFalse();
        result.Nodes["bad"].State.ShouldBe(NodeRunState.Failed);
        result.Nodes["bad"].Error.ShouldBe("deliberate failure");
        result.Nodes["after"].State.ShouldBe(NodeRunState.Skipped);
        result.Nodes["after"].Error.ShouldNotBeNull().ShouldContain("'bad' did not succeed");
        result.Nodes["good"].State.ShouldBe(NodeRunState.Succeeded);
        result.Outputs.Keys.ShouldBe(["fine"]);
        TextNodes.Executions.ContainsKey("after").ShouldBeFalse();
    }

    [Fact]
    public async Task RunAsync_ShouldStopRunningNodesAndMarkTheRestCancelled_WhenCancelled()
    {
        WaitNode.Started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var graph = Graphs.Build(
            [("src", "test.source", "{}"), ("wait", "test.wait", "{}"), ("after", "test.append", "{}")],
            ["src.text->wait.text", "wait.text->after.text"],
            "out=after.text");
        using var cancellation = new CancellationTokenSource();

        var run = _engine.RunAsync(graph, cancellation.Token);
        await WaitNode.Started.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        await cancellation.CancelAsync();
        var result = await run.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        result.Cancelled.ShouldBeTrue();
        result.Nodes["src"].State.ShouldBe(NodeRunState.Succeeded);
        result.Nodes["wait"].State.ShouldBe(NodeRunState.Cancelled);
        result.Nodes["after"].State.ShouldBe(NodeRunState.Cancelled);
        Directory.Exists(Path.Combine(_engine.DataPath, "work")).ShouldBeTrue();
        Directory.EnumerateDirectories(Path.Combine(_engine.DataPath, "work"), "*", SearchOption.AllDirectories)
            .Where(d => Directory.EnumerateFiles(d).Any()).ShouldBeEmpty("work folders are cleaned up");
    }

    [Fact]
    public async Task RunAsync_ShouldRefuseAnInvalidGraph_ListingEveryProblem()
    {
        var graph = Graphs.Build(
            [("src", "test.source", """{"text":""}"""), ("join", "test.append", """{"times":99}"""), ("ghost", "test.nope", "{}")],
            ["src.text->join.text"],
            "out=join.text");

        var ex = await Should.ThrowAsync<PipelineValidationException>(() => _engine.RunAsync(graph));

        ex.Problems.Select(p => p.Code).ShouldBe([GraphProblemCode.InvalidSettings, GraphProblemCode.InvalidSettings, GraphProblemCode.UnknownNodeType, GraphProblemCode.UnreachableNode], ignoreOrder: true);
        ex.Message.ShouldContain("Times must be between 1 and 10.");
        TextNodes.Executions.ShouldBeEmpty();
    }
}
