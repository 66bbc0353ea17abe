using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;
using MediaEngine.Web.Components.Pages.Jobs;
using MediaEngine.Workers.Events;

namespace MediaEngine.Web.Tests.Components.Pages.Jobs;

public sealed class JobRowTests
{
    private static readonly DateTime T0 = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    private static JobRow Row(JobStatus status) => new(new JobListItem(
        Guid.NewGuid(), "job", "web-images", "Web images", 1, status, JobPriority.Normal, "image", 1, 0, T0, null, null, null, null, false));

    private static JobEventMessage State(JobRow row, JobStatus status, int seconds) =>
        new(row.Id, JobEventKind.StateChanged, T0.AddSeconds(seconds)) { Status = status };

    [Fact]
    public void Apply_ShouldNotMoveTheRowBack_WhenAnOlderStateChangeArrivesLate()
    {
        var row = Row(JobStatus.Queued);
        row.Apply(State(row, JobStatus.Succeeded, 5)).ShouldBeTrue();

        row.Apply(State(row, JobStatus.Running, 1)).ShouldBeFalse();
        row.Apply(State(row, JobStatus.Queued, 0)).ShouldBeFalse();

        row.Status.ShouldBe(JobStatus.Succeeded);
        row.Progress.ShouldBe(100);
    }

    [Fact]
    public void Apply_ShouldMoveForward_WhenTheJobStartsAndThenFinishes()
    {
        var row = Row(JobStatus.Queued);

        row.Apply(State(row, JobStatus.Running, 1)).ShouldBeTrue();
        row.Apply(new JobEventMessage(row.Id, JobEventKind.NodeProgress, T0.AddSeconds(2)) { JobProgress = 40 }).ShouldBeTrue();
        row.Apply(State(row, JobStatus.Failed, 3)).ShouldBeTrue();
        row.Apply(new JobEventMessage(row.Id, JobEventKind.NodeProgress, T0.AddSeconds(2)) { JobProgress = 45 }).ShouldBeFalse();

        row.Status.ShouldBe(JobStatus.Failed);
        row.Progress.ShouldBe(40);
        row.Duration(T0.AddHours(1)).ShouldBe(TimeSpan.FromSeconds(2));
    }
}
