using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;

namespace MediaEngine.Domain.Tests.Jobs;

public sealed class JobTests
{
    private static readonly DateTime Start = new(2026, 11, 24, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void TransitionTo_ShouldStampStartAndFinish_WhenJobRunsToSuccess()
    {
        var job = new Job();

        job.TransitionTo(JobStatus.Running, Start);
        job.TransitionTo(JobStatus.Succeeded, Start.AddMinutes(2));

        job.Status.ShouldBe(JobStatus.Succeeded);
        job.StartedAt.ShouldBe(Start);
        job.FinishedAt.ShouldBe(Start.AddMinutes(2));
    }

    [Fact]
    public void TransitionTo_ShouldFinishWithoutStarting_WhenQueuedJobIsCancelled()
    {
        var job = new Job();

        job.TransitionTo(JobStatus.Cancelled, Start);

        job.StartedAt.ShouldBeNull();
        job.FinishedAt.ShouldBe(Start);
    }

    [Fact]
    public void TransitionTo_ShouldRefuseAndKeepState_WhenJobAlreadyFinished()
    {
        var job = new Job();
        job.TransitionTo(JobStatus.Running, Start);
        job.TransitionTo(JobStatus.Failed, Start.AddSeconds(5));

        Should.Throw<InvalidJobTransitionException>(() => job.TransitionTo(JobStatus.Running, Start.AddSeconds(6)));

        job.Status.ShouldBe(JobStatus.Failed);
        job.FinishedAt.ShouldBe(Start.AddSeconds(5));
    }
}
