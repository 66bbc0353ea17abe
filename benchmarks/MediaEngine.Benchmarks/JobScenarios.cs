using System.Diagnostics;
using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;
using MediaEngine.Domain.Persistence;
using MediaEngine.Domain.Querying;
using MediaEngine.Pipelines.Assets;
using MediaEngine.Workers.Events;
using MediaEngine.Workers.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaEngine.Benchmarks;

/// <summary>Job machinery: how fast an in-process worker starts a submitted job, and the jobs list query at scale.</summary>
public static class JobScenarios
{
    private static readonly AuditActor Bench = new(null, "benchmark");

    /// <summary>
    /// Submits <paramref name="count"/> jobs one after another, each when the previous has ended (so its lane is free),
    /// and reports dispatch latency = the job's start time minus its submission time, both stamped by the server.
    /// </summary>
    public static async Task DispatchAsync(BenchmarkEnvironment bench, int count)
    {
        var asset = await TinyImageAsync(bench);
        var bus = bench.Services.GetRequiredService<JobEventBus>();
        var submissions = bench.Services.GetRequiredService<JobSubmissionService>();
        var latencies = new List<double>();
        for (var i = 0; i < count + 5; i++)
        {
            var ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Guid? id = null;
            using var subscription = bus.Subscribe(null, m =>
            {
                if (m.JobId == id && m.Status is { } s && JobStateMachine.IsTerminal(s))
                {
                    ended.TrySetResult();
                }
            });
            var job = await submissions.SubmitAsync(new JobSubmission("web-images", new Dictionary<string, IReadOnlyList<Guid>> { ["image"] = [asset.Id] }), Bench, CancellationToken.None);
            id = job.Id;
            await ended.Task.WaitAsync(TimeSpan.FromSeconds(60)).ContinueWith(_ => { }, TaskScheduler.Default);
            await using var db = await Contexts(bench).CreateDbContextAsync();
            var stored = await db.Jobs.AsNoTracking().FirstAsync(j => j.Id == job.Id);
            if (i >= 5 && stored.StartedAt is { } started)
            {
                latencies.Add((started - stored.CreatedAt).TotalMilliseconds); // the first five warm up the process
            }
        }

        latencies.Sort();
        Console.WriteLine($"dispatch: {latencies.Count} submissions, submit → running p50 {Statistics.Percentile(latencies, 50):0.0} ms, p99 {Statistics.Percentile(latencies, 99):0.0} ms, max {latencies[^1]:0.0} ms (targets: p50 ≤ 50 ms, p99 ≤ 200 ms)");
    }

    /// <summary>Seeds <paramref name="rows"/> jobs and times the Jobs page's queries (median of 20 each).</summary>
    public static async Task JobsQueryAsync(BenchmarkEnvironment bench, int rows)
    {
        var contexts = Contexts(bench);
        var seeding = Stopwatch.StartNew();
        await JobSeeder.SeedAsync(contexts, rows);
        Console.WriteLine($"jobs-query: seeded {rows:N0} jobs in {seeding.Elapsed.TotalSeconds:0.0} s");
        var queries = bench.Services.GetRequiredService<JobQueries>();
        var cases = new (string Name, JobFilter Filter, int Page)[]
        {
            ("first page, no filter", new JobFilter(), 0),
            ("page 1,000", new JobFilter(), 1000),
            ("status = Failed", new JobFilter(JobStatus.Failed), 0),
            ("preset = web-images", new JobFilter(Preset: "web-images"), 0),
            ("last 7 days", new JobFilter(From: DateTime.UtcNow.AddDays(-7)), 0),
            ("search 'beach'", new JobFilter(Search: "beach"), 0),
            ("queued (with lane positions)", new JobFilter(JobStatus.Queued), 0),
        };
        foreach (var (name, filter, page) in cases)
        {
            var times = new List<double>();
            PagedResult<JobListItem>? result = null;
            for (var i = 0; i < 21; i++)
            {
                var watch = Stopwatch.StartNew();
                result = await queries.ListAsync(filter, new PageRequest(page, 50));
                if (i > 0)
                {
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
            }

            times.Sort();
            Console.WriteLine($"jobs-query: {name,-30} {Statistics.Percentile(times, 50),7:0.0} ms median, {Statistics.Percentile(times, 95),7:0.0} ms p95 ({result!.TotalCount:N0} matching, 50 per page)");
        }
    }

    private static async Task<Asset> TinyImageAsync(BenchmarkEnvironment bench)
    {
        var path = Path.Combine(bench.Folder("dispatch"), "tiny.png");
        await BenchmarkEnvironment.RunToolAsync("ffmpeg", "-v", "error", "-f", "lavfi", "-i", "testsrc2=size=64x48", "-frames:v", "1", path);
        return (await bench.Services.GetRequiredService<AssetIngestService>().IngestAsync(path, "tiny.png", "upload", null, CancellationToken.None)).Asset;
    }

    private static IDbContextFactory<MediaEngineDbContext> Contexts(BenchmarkEnvironment bench) =>
        bench.Services.GetRequiredService<IDbContextFactory<MediaEngineDbContext>>();
}
