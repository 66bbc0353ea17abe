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
/// dates) and times each gallery view (median of 20 runs after a warm-up).
/// </summary>
internal static class GalleryScenario
{
    private const int ArtifactsPerJob = 50;

    public static async Task QueryAsync(BenchmarkEnvironment bench, int rows)
    {
        var contexts = bench.Services.GetRequiredService<IDbContextFactory<MediaEngineDbContext>>();
        var seeding = Stopwatch.StartNew();
        await JobSeeder.SeedAsync(contexts, Math.Max(1, rows / ArtifactsPerJob));
        await SeedArtifactsAsync(contexts, rows);
        Console.WriteLine($"gallery-query: seeded {rows:N0} artifacts in {seeding.Elapsed.TotalSeconds:0.0} s");
        var queries = bench.Services.GetRequiredService<ArtifactQueries>();
        var cases = new (string Name, GalleryFilter Filter, int Page)[]
        {
            ("first page, no filter", new GalleryFilter(), 0),
            ("page 1,000", new GalleryFilter(), 1000),
            ("kind = Video", new GalleryFilter(Kind: MediaKind.Video), 0),
            ("preset = web-images", new GalleryFilter(Preset: "web-images"), 0),
            ("last 7 days", new GalleryFilter(From: DateTime.UtcNow.AddDays(-7)), 0),
            ("search 'beach'", new GalleryFilter(Search: "beach"), 0),
        };
        foreach (var (name, filter, page) in cases)
        {
            var times = new List<double>();
            PagedResult<GalleryItem>? result = null;
            for (var i = 0; i < 21; i++)
            {
                var watch = Stopwatch.StartNew();
                result = await queries.ListPublishedAsync(filter, new PageRequest(page, 48));
                if (i > 0)
                {
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
            }

            times.Sort();
            Console.WriteLine($"gallery-query: {name,-24} {Statistics.Percentile(times, 50),7:0.0} ms median, {Statistics.Percentile(times, 95),7:0.0} ms p95 ({result!.TotalCount:N0} matching, 48 per page)");
        }
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

        MediaKind[] kinds = [MediaKind.Image, MediaKind.Image, MediaKind.Image, MediaKind.Video, MediaKind.Audio];
        for (var done = 0; done < rows; done += 10_000)
        {
            await using var db = await contexts.CreateDbContextAsync();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = done; i < Math.Min(rows, done + 10_000); i++)
            {
                var job = jobs[i / ArtifactsPerJob % jobs.Count];
                var kind = kinds[random.Next(kinds.Length)];
                db.Artifacts.Add(new Artifact
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
                });
            }

            await db.SaveChangesAsync();
        }
    }
}
