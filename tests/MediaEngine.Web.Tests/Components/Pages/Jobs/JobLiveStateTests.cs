using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;
using MediaEngine.Web.Components.Pages.Jobs;
using MediaEngine.Workers.Events;

namespace MediaEngine.Web.Tests.Components.Pages.Jobs;

public sealed class JobLiveStateTests
{
    private static readonly Guid JobId = Guid.NewGuid();
    private static readonly DateTime T0 = new(2026, 11, 24, 12, 0, 0, DateTimeKind.Utc);

    private static JobLiveState Running() => new(JobStatus.Running, 0, ["source", "fit", "webp"]);

    private static JobEventMessage Event(JobEventKind kind, double seconds, string? node = null) => new(JobId, kind, T0.AddSeconds(seconds)) { NodeId = node };

    [Fact]
    public void Constructor_ShouldStartEveryNodeAsPending_WhenNothingHasRun()
    {
        var state = Running();

        state.Statuses.Keys.ShouldBe(["source", "fit", "webp"], ignoreOrder: true);
        state.Statuses.Values.ShouldAllBe(s => s.State == NodeRunState.Pending);
        state.Timings.Select(t => t.NodeId).ShouldBe(["source", "fit", "webp"]);
    }

    [Fact]
    public void Apply_ShouldMarkTheNodeRunningWithItsProgress_WhenStartAndProgressEventsArrive()
    {
        var state = Running();

        state.Apply(Event(JobEventKind.NodeStarted, 0, "fit") with { Message = "image.resize" }).ShouldBeTrue();
        state.Apply(Event(JobEventKind.NodeProgress, 2, "fit") with { Progress = 40, JobProgress = 30 }).ShouldBeTrue();

        var fit = state.Statuses["fit"];
        fit.State.ShouldBe(NodeRunState.Running);
        fit.Progress.ShouldBe(40);
        fit.Duration.ShouldBe(TimeSpan.FromSeconds(2));
        state.Progress.ShouldBe(30);
        state.TimingOf("fit").StartedAt.ShouldBe(T0);
        state.Log.ShouldHaveSingleItem().Text.ShouldBe("Started (image.resize)");
    }

    [Fact]
    public void Apply_ShouldReportNoChange_WhenTheSameProgressArrivesAgain()
    {
        var state = Running();
        state.Apply(Event(JobEventKind.NodeStarted, 0, "fit"));
        state.Apply(Event(JobEventKind.NodeProgress, 1, "fit") with { Progress = 40, JobProgress = 30 });

        state.Apply(Event(JobEventKind.NodeProgress, 1, "fit") with { Progress = 40, JobProgress = 30 }).ShouldBeFalse();
    }

    [Fact]
    public void Apply_ShouldRememberWhenTheNewestShownEventHappened_AndIgnoreEventsThatChangeNothing()
    {
        var state = Running();
        state.LastChangeAt.ShouldBeNull();
        state.Apply(Event(JobEventKind.NodeStarted, 0, "fit"));
        state.Apply(Event(JobEventKind.NodeProgress, 1, "fit") with { Progress = 40, JobProgress = 30 });

        state.Apply(Event(JobEventKind.NodeProgress, 2, "not-in-the-graph") with { Progress = 40 });

        state.LastChangeAt.ShouldBe(T0.AddSeconds(1));
    }

    [Fact]
    public void Apply_ShouldNotMoveBack_WhenEventsFromBeforeTheLoadArriveAfterIt()
    {
        var state = Running();
        state.Apply(Event(JobEventKind.NodeStarted, 0, "fit"));
        state.Apply(Event(JobEventKind.NodeFinished, 1, "fit") with { NodeState = NodeRunState.Succeeded, Duration = TimeSpan.FromSeconds(1) });
        state.Apply(Event(JobEventKind.StateChanged, 2) with { Status = JobStatus.Succeeded });

        state.Apply(Event(JobEventKind.StateChanged, 0) with { Status = JobStatus.Running });
        state.Apply(Event(JobEventKind.NodeStarted, 0, "fit"));
        state.Apply(Event(JobEventKind.NodeProgress, 0.5, "fit") with { Progress = 50, JobProgress = 40 });

        state.Status.ShouldBe(JobStatus.Succeeded);
        state.Progress.ShouldBe(100);
        state.Statuses["fit"].State.ShouldBe(NodeRunState.Succeeded);
    }

    [Fact]
    public void Apply_ShouldRecordOutcomeDurationAndCacheHit_WhenANodeFinishes()
    {
        var state = Running();
        state.Apply(Event(JobEventKind.NodeStarted, 0, "source"));

        state.Apply(Event(JobEventKind.NodeFinished, 3, "source") with
        {
            NodeState = NodeRunState.Succeeded,
            Duration = TimeSpan.FromSeconds(3),
            CacheHit = true,
        }).ShouldBeTrue();

        var source = state.Statuses["source"];
        source.State.ShouldBe(NodeRunState.Succeeded);
        source.Progress.ShouldBe(100);
        source.Duration.ShouldBe(TimeSpan.FromSeconds(3));
        source.CacheHit.ShouldBeTrue();
        state.TimingOf("source").FinishedAt.ShouldBe(T0.AddSeconds(3));
        state.Log[^1].Text.ShouldBe("Succeeded in 3.0 s (from the cache)");
    }

    [Fact]
    public void Apply_ShouldKeepTheError_WhenANodeFails()
    {
        var state = Running();

        state.Apply(Event(JobEventKind.NodeFinished, 1, "webp") with { NodeState = NodeRunState.Failed, Message = "ffmpeg exited with 1" });

        state.Statuses["webp"].State.ShouldBe(NodeRunState.Failed);
        state.Statuses["webp"].Error.ShouldBe("ffmpeg exited with 1");
        state.Log[^1].IsError.ShouldBeTrue();
        state.Log[^1].Text.ShouldContain("ffmpeg exited with 1");
    }

    [Fact]
    public void Apply_ShouldChangeTheJobStatus_WhenAStateChangeArrives()
    {
        var state = new JobLiveState(JobStatus.Queued, 0, ["fit"]);

        state.Apply(Event(JobEventKind.StateChanged, 0) with { Status = JobStatus.Running, Message = "Started on worker-1" }).ShouldBeTrue();
        state.Status.ShouldBe(JobStatus.Running);
        state.Apply(Event(JobEventKind.StateChanged, 5) with { Status = JobStatus.Succeeded }).ShouldBeTrue();

        state.Status.ShouldBe(JobStatus.Succeeded);
        state.Progress.ShouldBe(100);
        state.Log.Select(l => l.Text).ShouldBe(["Started on worker-1", "Job Succeeded"]);
    }

    [Fact]
    public void Apply_ShouldIgnoreTheEvent_WhenItsNodeIsNotInTheGraph()
    {
        var state = Running();

        state.Apply(Event(JobEventKind.NodeProgress, 1, "nope") with { Progress = 50, JobProgress = 50 }).ShouldBeFalse();
        state.Apply(Event(JobEventKind.NodeStarted, 1, "nope")).ShouldBeFalse();

        state.Statuses.ContainsKey("nope").ShouldBeFalse();
        state.Progress.ShouldBe(0);
        state.Log.ShouldBeEmpty();
    }

    [Fact]
    public void Apply_ShouldAddLogLinesAndKeepOnlyTheNewest_WhenMoreThanTheLimitArrive()
    {
        var state = Running();

        for (var i = 0; i < JobLiveState.MaxLogLines + 5; i++)
        {
            state.Apply(Event(JobEventKind.Log, i, "fit") with { Message = $"line {i}" }).ShouldBeTrue();
        }

        state.Log.Count.ShouldBe(JobLiveState.MaxLogLines);
        state.Log[0].Text.ShouldBe("line 5");
        state.Log[^1].Text.ShouldBe($"line {JobLiveState.MaxLogLines + 4}");
    }

    [Fact]
    public void Load_ShouldTakeStoredNodeRowsAndEvents_AndSkipStoredEventsRelayedLater()
    {
        var state = Running();
        JobNodeRun[] runs =
        [
            new() { JobId = JobId, NodeId = "source", NodeType = "io.input", State = NodeRunState.Succeeded, Progress = 100, StartedAt = T0, FinishedAt = T0.AddSeconds(2) },
            new() { JobId = JobId, NodeId = "fit", NodeType = "image.resize", State = NodeRunState.Running, Progress = 20, StartedAt = T0.AddSeconds(2) },
        ];
        JobEvent[] events =
        [
            new() { Id = 7, JobId = JobId, Kind = JobEventKind.NodeFinished, NodeId = "source", At = T0.AddSeconds(2), DataJson = """{"state":"Succeeded","durationMs":2000,"cacheHit":false}""" },
            new() { Id = 8, JobId = JobId, Kind = JobEventKind.Log, NodeId = "fit", At = T0.AddSeconds(3), Message = "resizing" },
        ];

        state.Load(runs, events);

        state.Statuses["source"].Duration.ShouldBe(TimeSpan.FromSeconds(2));
        state.Statuses["fit"].State.ShouldBe(NodeRunState.Running);
        state.Log.Select(l => l.Text).ShouldBe(["Succeeded in 2.0 s", "resizing"]);
        state.Apply(Event(JobEventKind.Log, 3, "fit") with { Message = "resizing", EventId = 8 }).ShouldBeFalse();
        state.Apply(Event(JobEventKind.Log, 4, "fit") with { Message = "done", EventId = 9 }).ShouldBeTrue();
    }
}
