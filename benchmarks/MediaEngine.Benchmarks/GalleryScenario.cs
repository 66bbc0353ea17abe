using System.Diagnostics;
using MediaEngine.Domain.Artifacts;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Persistence;
using MediaEngine.Domain.Querying;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaEngine.Benchmarks;

/// <summary>
/// The gallery's query at scale: seeds jobs and <c>rows</c> artifacts (a third published, every kind, a year of
/// dates; one published output in 50 tagged, one in 25 rated by one or two people) and times each gallery view, the
/// count (once per filter), one slice of 48 (each scroll step) and both together, plus the lists its filters offer
/// (median of 20 runs after a warm-up).
/// </summary>
internal static class GalleryScenario
{
    private const int ArtifactsPerJob = 50;

    private static readonly string[] Tags = ["hero", "approved", "print", "social", "archive"];

    public static async Task QueryAsync(BenchmarkEnvironment bench, int rows)
    {
        var contexts = bench.Services.GetRequiredService<IDbContextFactory<MediaEngineDbContext>>();
        var seeding = Stopwatch.StartNew();
        await JobSeeder.SeedAsync(contexts, Math.Max(1, rows / ArtifactsPerJob));
        await SeedArtifactsAsync(contexts, rows);
        Console.WriteLine($"gallery-query: seeded {rows:N0} artifacts in {seeding.Elapsed.TotalSeconds:0.0} s");
        var queries = bench.Services.GetRequiredService<ArtifactQueries>();
        Guid someJob;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            someJob = await db.Artifacts.Where(a => a.IsPublished).OrderByDescending(a => a.CreatedAt).Select(a => a.JobId!.Value).FirstAsync();
        }

        var cases = new (string Name, GalleryFilter Filter, int Page)[]
        {
            ("first page, no filter", new GalleryFilter(), 0),
            ("page 1,000", new GalleryFilter(), 1000),
            ("kind = Video", new GalleryFilter(Kind: MediaKind.Video), 0),
            ("preset = web-images", new GalleryFilter(Preset: "web-images"), 0),
            ("web-images version 1", new GalleryFilter(Preset: "web-images", PresetVersion: 1), 0),
            ("one job", new GalleryFilter(JobId: someJob), 0),
            ("last 7 days", new GalleryFilter(From: DateTime.UtcNow.AddDays(-7)), 0),
            ("search 'beach'", new GalleryFilter(Search: "beach"), 0),
            ("search, no match", new GalleryFilter(Search: "no such title"), 0),
            ("tag = hero", new GalleryFilter(Tag: "hero"), 0),
            ("rating >= 4", new GalleryFilter(MinRating: 4), 0),
            ("tag + video + search", new GalleryFilter(Kind: MediaKind.Video, Search: "beach", Tag: "hero"), 0),
        };
        foreach (var (name, filter, page) in cases)
        {
            // The grid counts once per filter, then reads slices of rows as they scroll into view.
            var total = 0;
            var (count, countP95) = await TimeAsync(async () => total = await queries.CountPublishedAsync(filter));
            var (slice, sliceP95) = await TimeAsync(() => queries.SliceAsync(filter, page * 48, 48));
            var (both, bothP95) = await TimeAsync(() => queries.ListPublishedAsync(filter, new PageRequest(page, 48)));
            Console.WriteLine(
                $"gallery-query: {name,-24} count {count,6:0.0} ms, slice {slice,6:0.0} ms, both {both,6:0.0} ms median " +
                $"(p95 {countP95:0.0} / {sliceP95:0.0} / {bothP95:0.0} ms; {total:N0} matching, 48 per slice)");
        }

        var lists = new (string Name, Func<Task> Run)[]
        {
            ("preset filter list", () => queries.PresetsAsync()),
            ("job picker 'beach'", () => queries.JobsAsync("beach")),
            ("tag picker 'h'", () => queries.TagsAsync("h")),
        };
        foreach (var (name, run) in lists)
        {
            var (median, p95) = await TimeAsync(run);
            Console.WriteLine($"gallery-query: {name,-24} {median,7:0.0} ms median, {p95,7:0.0} ms p95");
        }
    }

    private static async Task<(double Median, double P95)> TimeAsync(Func<Task> run)
    {
        var times = new List<double>();
        for (var i = 0; i < 21; i++)
        {
            var watch = Stopwatch.StartNew();
            await run();
            if (i > 0)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        return (Statistics.Percentile(times, 50), Statistics.Percentile(times, 95));
    }

    private static async Task SeedArtifactsAsync(IDbContextFactory<MediaEngineDbContext> contexts, int rows)
    {
        var random = new Random(7);
        List<(Guid Id, Guid VersionId, DateTime Created)> jobs;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            jobs = [.. (await db.Jobs.AsNoTracking().Select(j => new { j.Id, j.PresetVersionId, j.CreatedAt }).ToListAsync())
                .Select(j => (j.Id, j.PresetVersionId, j.CreatedAt))];
        }

        var reviewers = Enumerable.Range(1, 2).Select(n => new User { Email = $"reviewer{n}@example.com", Name = $"Reviewer {n}" }).ToArray();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            db.Users.AddRange(reviewers);
            await db.SaveChangesAsync();
        }

        MediaKind[] kinds = [MediaKind.Image, MediaKind.Image, MediaKind.Image, MediaKind.Video, MediaKind.Audio];
        for (var done = 0; done < rows; done += 10_000)
        {
            await using var db = await contexts.CreateDbContextAsync();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = done; i < Math.Min(rows, done + 10_000); i++)
            {
                var job = jobs[i / ArtifactsPerJob % jobs.Count];
                var kind = kinds[random.Next(kinds.Length)];
                var artifact = new Artifact
                {
                    Sha256 = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()) + Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()),
                    Kind = kind,
                    MimeType = kind switch { MediaKind.Video => "video/mp4", MediaKind.Audio => "audio/wav", _ => "image/webp" },
                    SizeBytes = random.Next(10_000, 50_000_000),
                    JobId = job.Id,
                    PresetVersionId = job.VersionId,
                    NodeId = $"node{i % ArtifactsPerJob}",
                    PortName = "image",
                    IsPublished = random.Next(3) == 0,
                    CreatedAt = job.Created.AddSeconds(i % ArtifactsPerJob),
                };
                db.Artifacts.Add(artifact);
                if (artifact.IsPublished && random.Next(50) == 0)
                {
                    db.ArtifactTags.Add(new ArtifactTag { ArtifactId = artifact.Id, Tag = Tags[random.Next(Tags.Length)] });
                }

                if (artifact.IsPublished && random.Next(25) == 0)
                {
                    foreach (var reviewer in reviewers.Take(1 + random.Next(reviewers.Length)))
                    {
                        db.ArtifactReviews.Add(new ArtifactReview { ArtifactId = artifact.Id, UserId = reviewer.Id, Rating = 1 + random.Next(5) });
                    }
                }
            }

            await db.SaveChangesAsync();
        }
    }
}
