using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;
using MediaEngine.Domain.Tests.Support;

namespace MediaEngine.Domain.Tests.Jobs;

public sealed class JobStatisticsTests
{
    private static readonly DateTime Now = new(2026, 11, 24, 15, 30, 0, DateTimeKind.Utc);

    [Fact]
    public async Task LaneCountsAsync_ShouldCountRunningAndQueuedPerLane_WhenJobsAreInSeveralStates()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var preset = await PresetAsync(database);
        await SaveAsync(
            database,
            Job(preset, "video", JobStatus.Running),
            Job(preset, "video", JobStatus.Queued),
            Job(preset, "video", JobStatus.Queued),
            Job(preset, "image", JobStatus.Running),
            Job(preset, "image", JobStatus.Running),
            Job(preset, "image", JobStatus.Succeeded, Now),
            Job(preset, "audio", JobStatus.Failed, Now),
            Job(preset, "test", JobStatus.Running, isTest: true));

        var lanes = await new JobStatistics(database).LaneCountsAsync();

        lanes.ShouldBe([new LaneJobCounts("image", 2, 0), new LaneJobCounts("video", 1, 2)]);
    }

    [Fact]
    public async Task DailyAsync_ShouldListEveryDayWithZeros_WhenSomeDaysHaveNoFinishedJobs()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var preset = await PresetAsync(database);
        await SaveAsync(
            database,
            Job(preset, "image", JobStatus.Succeeded, Now.AddHours(-1)),
            Job(preset, "image", JobStatus.Succeeded, Now.Date.AddMinutes(1)),
            Job(preset, "image", JobStatus.Failed, Now.AddHours(-2)),
            Job(preset, "image", JobStatus.Cancelled, Now.AddHours(-3)),
            Job(preset, "video", JobStatus.Failed, Now.AddDays(-2)),
            Job(preset, "video", JobStatus.Succeeded, Now.AddDays(-3)),
            Job(preset, "video", JobStatus.Succeeded, Now.AddDays(-10)),
            Job(preset, "test", JobStatus.Failed, Now.AddHours(-1), isTest: true),
            Job(preset, "image", JobStatus.Running));

        var days = await new JobStatistics(database).DailyAsync(4, Now);

        days.Select(d => d.Day).ShouldBe([new DateOnly(2026, 11, 21), new DateOnly(2026, 11, 22), new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 24)]);
        days[0].ShouldBe(new DailyJobCounts(new DateOnly(2026, 11, 21), 1, 0, 0));
        days[1].ShouldBe(new DailyJobCounts(new DateOnly(2026, 11, 22), 0, 1, 0));
        days[2].ShouldBe(new DailyJobCounts(new DateOnly(2026, 11, 23), 0, 0, 0));
        days[3].ShouldBe(new DailyJobCounts(new DateOnly(2026, 11, 24), 2, 1, 1));
        days[2].SuccessRate.ShouldBeNull();
    }

    [Fact]
    public async Task DailyAsync_ShouldNotCountCancelledAsFailed_WhenComputingSuccessRate()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var preset = await PresetAsync(database);
        await SaveAsync(
            database,
            Job(preset, "image", JobStatus.Succeeded, Now.AddHours(-1)),
            Job(preset, "image", JobStatus.Succeeded, Now.AddHours(-1)),
            Job(preset, "image", JobStatus.Succeeded, Now.AddHours(-1)),
            Job(preset, "image", JobStatus.Failed, Now.AddHours(-1)),
            Job(preset, "image", JobStatus.Cancelled, Now.AddHours(-1)),
            Job(preset, "image", JobStatus.Cancelled, Now.AddHours(-1)));

        var today = (await new JobStatistics(database).DailyAsync(1, Now)).ShouldHaveSingleItem();

        today.Cancelled.ShouldBe(2);
        today.SuccessRate.ShouldBe(0.75);
    }

    [Fact]
    public async Task RecentFailuresAsync_ShouldListFailedJobsNewestFirst_WhenThereAreMoreThanAsked()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var preset = await PresetAsync(database);
        var oldest = Job(preset, "image", JobStatus.Failed, Now.AddHours(-3), error: "oldest");
        var newest = Job(preset, "image", JobStatus.Failed, Now.AddMinutes(-1), error: "ffmpeg exited with code 1");
        var middle = Job(preset, "video", JobStatus.Failed, Now.AddHours(-1), error: "middle");
        await SaveAsync(
            database,
            oldest,
            newest,
            middle,
            Job(preset, "image", JobStatus.Succeeded, Now),
            Job(preset, "image", JobStatus.Cancelled, Now),
            Job(preset, "test", JobStatus.Failed, Now, isTest: true));

        var failures = await new JobStatistics(database).RecentFailuresAsync(2);

        failures.Select(f => f.JobId).ShouldBe([newest.Id, middle.Id]);
        failures[0].ShouldBe(new RecentJobFailure(newest.Id, newest.Title, "web-images", Now.AddMinutes(-1), "ffmpeg exited with code 1"));
    }

    private static async Task<PresetVersion> PresetAsync(SqliteTestDatabase database)
    {
        var preset = new Preset { Slug = "web-images", Name = "Web images", LatestVersion = 1 };
        var version = new PresetVersion { PresetId = preset.Id, Version = 1, GraphJson = "{}" };
        await using var db = database.CreateDbContext();
        db.Presets.Add(preset);
        db.PresetVersions.Add(version);
        await db.SaveChangesAsync();
        return version;
    }

    private static async Task SaveAsync(SqliteTestDatabase database, params Job[] jobs)
    {
        await using var db = database.CreateDbContext();
        db.Jobs.AddRange(jobs);
        await db.SaveChangesAsync();
    }

    private static Job Job(PresetVersion version, string lane, JobStatus status, DateTime? finishedAt = null, bool isTest = false, string? error = null)
    {
        var at = finishedAt ?? Now;
        var job = new Job
        {
            Title = $"Web images · {lane} {status}",
            Lane = lane,
            IsTest = isTest,
            Error = error,
            CreatedAt = at.AddMinutes(-10),
            PresetVersionId = version.Id,
            PresetId = version.PresetId,
        };
        if (status == JobStatus.Queued)
        {
            return job;
        }

        if (status == JobStatus.Cancelled)
        {
            job.TransitionTo(JobStatus.Cancelled, at);
            return job;
        }

        job.TransitionTo(JobStatus.Running, at.AddMinutes(-5));
        if (status != JobStatus.Running)
        {
            job.TransitionTo(status, at);
        }

        return job;
    }
}
