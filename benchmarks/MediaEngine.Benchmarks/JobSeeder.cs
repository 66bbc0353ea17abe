using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;
using MediaEngine.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Benchmarks;

/// <summary>Writes many realistic job rows (all statuses, lanes, priorities, a year of dates) for query benchmarks.</summary>
public static class JobSeeder
{
    private static readonly string[] Names = ["beach.jpg", "team-photo.png", "launch-video.mp4", "interview.mov", "product-shot.webp", "podcast.wav"];

    public static async Task SeedAsync(IDbContextFactory<MediaEngineDbContext> contexts, int rows)
    {
        var random = new Random(42);
        List<PresetVersion> versions;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            versions = await db.PresetVersions.AsNoTracking().Include(v => v.Preset).ToListAsync();
        }

        var now = DateTime.UtcNow;
        for (var done = 0; done < rows; done += 5000)
        {
            await using var db = await contexts.CreateDbContextAsync();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = done; i < Math.Min(rows, done + 5000); i++)
            {
                var version = versions[random.Next(versions.Count)];
                var created = now.AddMinutes(-random.Next(0, 365 * 24 * 60));
                var job = new Job
                {
                    PresetVersionId = version.Id,
                    PresetId = version.PresetId,
                    Title = $"{version.Preset!.Name} · {Names[random.Next(Names.Length)]}",
                    Lane = random.Next(3) == 0 ? "video" : "image",
                    Priority = (JobPriority)random.Next(3),
                    CreatedAt = created,
                };
                var roll = random.Next(100);
                if (roll >= 2)
                {
                    job.TransitionTo(JobStatus.Running, created.AddSeconds(1));
                    if (roll >= 4)
                    {
                        job.TransitionTo(roll < 12 ? JobStatus.Failed : roll < 15 ? JobStatus.Cancelled : JobStatus.Succeeded, created.AddSeconds(2 + random.Next(300)));
                        job.Progress = job.Status == JobStatus.Succeeded ? 100 : random.Next(100);
                        job.Error = job.Status == JobStatus.Failed ? "h264: ffmpeg exited with code 1" : null;
                    }
                }

                db.Jobs.Add(job);
            }

            await db.SaveChangesAsync();
        }
    }
}
