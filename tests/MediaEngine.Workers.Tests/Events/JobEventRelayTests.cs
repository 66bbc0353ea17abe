using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;
using MediaEngine.Workers.DependencyInjection;
using MediaEngine.Workers.Events;
using MediaEngine.Workers.Jobs;
using MediaEngine.Workers.Nodes;
using MediaEngine.Workers.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Shouldly;

namespace MediaEngine.Workers.Tests.Events;

public sealed class JobEventRelayTests
{
    [Fact]
    public async Task RelayAsync_ShouldPublishARemoteNodeFinishWithItsStateDurationAndCacheHit_WhenAnotherWorkerStoredIt()
    {
        await using var host = await JobHost.StartAsync(runJobs: false);
        var job = await RemoteJobAsync(host, "other-node");
        var (relay, seen) = await RelayAsync(host);

        await AddEventsAsync(host, new JobEvent
        {
            JobId = job, Kind = JobEventKind.NodeFinished, NodeId = "poster", At = DateTime.UtcNow,
            DataJson = JobEventData.NodeFinished(NodeRunState.Succeeded, TimeSpan.FromMilliseconds(1250), cacheHit: true),
        });
        (await relay.RelayAsync(TestContext.Current.CancellationToken)).ShouldBe(1);

        var message = seen.ShouldHaveSingleItem();
        message.Kind.ShouldBe(JobEventKind.NodeFinished);
        message.NodeState.ShouldBe(NodeRunState.Succeeded);
        message.Duration.ShouldBe(TimeSpan.FromMilliseconds(1250));
        message.CacheHit.ShouldBeTrue();
    }

    [Fact]
    public async Task RelayAsync_ShouldSkipEventsThisProcessWrote_WhenItNotesACancelRequestForARemoteJob()
    {
        await using var host = await JobHost.StartAsync(runJobs: false);
        var job = await RemoteJobAsync(host, "other-node");
        var (relay, seen) = await RelayAsync(host);

        await host.Get<JobLifecycle>().NoteAsync(job, "Cancel requested by tester; stopping at the next checkpoint.", TestContext.Current.CancellationToken);
        await AddEventsAsync(host, new JobEvent { JobId = job, Kind = JobEventKind.Log, NodeId = "h264", At = DateTime.UtcNow, Message = "frame=10" });
        await relay.RelayAsync(TestContext.Current.CancellationToken);

        seen.Select(m => m.Message).ShouldBe(["frame=10"]);
    }

    [Fact]
    public async Task RelayAsync_ShouldPublishARowCommittedLateWithALowerIdOnce_WhenAHigherIdWasReadFirst()
    {
        await using var host = await JobHost.StartAsync(runJobs: false);
        var job = await RemoteJobAsync(host, "other-node");
        var (relay, seen) = await RelayAsync(host);
        await using var db = host.Db();
        var top = await db.JobEvents.MaxAsync(e => e.Id, TestContext.Current.CancellationToken);

        await AddEventsAsync(host, Log(job, top + 1, "first"), Log(job, top + 3, "third"));
        await relay.RelayAsync(TestContext.Current.CancellationToken);
        await AddEventsAsync(host, Log(job, top + 2, "second, committed late"));
        await relay.RelayAsync(TestContext.Current.CancellationToken);
        await relay.RelayAsync(TestContext.Current.CancellationToken);

        seen.Select(m => m.Message).ShouldBe(["first", "third", "second, committed late"]);
    }

    [Fact]
    public async Task RelayAsync_ShouldSkipEventsOfJobsThisProcessRuns_WhenTheJobIsLocal()
    {
        await using var host = await JobHost.StartAsync(runJobs: false);
        var job = await RemoteJobAsync(host, host.Get<WorkerIdentity>().Id);
        var (relay, seen) = await RelayAsync(host);

        await AddEventsAsync(host, new JobEvent { JobId = job, Kind = JobEventKind.Log, At = DateTime.UtcNow, Message = "local" });

        (await relay.RelayAsync(TestContext.Current.CancellationToken)).ShouldBe(0);
        seen.ShouldBeEmpty();
    }

    [Fact]
    public void AddMediaEngineWorkers_ShouldNotRegisterTheRelay_WhenTheProcessIsAStandaloneWorker()
    {
        var worker = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        worker.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["MediaEngine:DataPath"] = Path.GetTempPath() });
        worker.AddMediaEngineWorkers(runScheduler: true);
        var web = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        web.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["MediaEngine:DataPath"] = Path.GetTempPath() });
        web.AddMediaEngineWorkers();

        worker.Services.ShouldNotContain(d => d.ServiceType == typeof(JobEventRelay));
        web.Services.ShouldContain(d => d.ServiceType == typeof(JobEventRelay));
    }

    /// <summary>A relay of the host's database and identity onto a bus of its own, so the host's relay does not interfere.</summary>
    private static async Task<(JobEventRelay Relay, List<JobEventMessage> Seen)> RelayAsync(JobHost host)
    {
        var bus = new JobEventBus(NullLogger<JobEventBus>.Instance);
        var seen = new List<JobEventMessage>();
        bus.Subscribe(null, seen.Add);
        var relay = new JobEventRelay(
            host.Get<IDbContextFactory<Domain.Persistence.MediaEngineDbContext>>(), host.Get<WorkerIdentity>(), bus, TimeProvider.System, NullLogger<JobEventRelay>.Instance);
        await relay.StartFromNewestAsync(TestContext.Current.CancellationToken);
        return (relay, seen);
    }

    private static async Task<Guid> RemoteJobAsync(JobHost host, string workerId)
    {
        var image = await host.ImageAsync(size: "64x48");
        var job = await host.SubmitAsync("web-images", "image", image);
        await using var db = host.Db();
        await db.Jobs.Where(j => j.Id == job.Id).ExecuteUpdateAsync(s => s.SetProperty(j => j.WorkerId, workerId).SetProperty(j => j.Status, JobStatus.Running), TestContext.Current.CancellationToken);
        return job.Id;
    }

    private static JobEvent Log(Guid job, long id, string message) => new() { Id = id, JobId = job, Kind = JobEventKind.Log, At = DateTime.UtcNow, Message = message };

    private static async Task AddEventsAsync(JobHost host, params JobEvent[] events)
    {
        await using var db = host.Db();
        db.JobEvents.AddRange(events);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
