using MediaEngine.Domain.Jobs;

namespace MediaEngine.Domain.Tests.Jobs;

public sealed class JobStateMachineTests
{
    private static readonly HashSet<(JobStatus, JobStatus)> Legal =
    [
        (JobStatus.Queued, JobStatus.Running),
        (JobStatus.Queued, JobStatus.Cancelled),
        (JobStatus.Running, JobStatus.Succeeded),
        (JobStatus.Running, JobStatus.Failed),
        (JobStatus.Running, JobStatus.Cancelled),
    ];

    public static TheoryData<JobStatus, JobStatus> EveryPair()
    {
        var data = new TheoryData<JobStatus, JobStatus>();
        foreach (var from in Enum.GetValues<JobStatus>())
        {
            foreach (var to in Enum.GetValues<JobStatus>())
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void CanTransition_ShouldAllowExactlyTheLifecycle_WhenGivenAnyPair(JobStatus from, JobStatus to)
    {
        JobStateMachine.CanTransition(from, to).ShouldBe(Legal.Contains((from, to)));
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void EnsureCanTransition_ShouldThrowNamingBothStates_WhenTransitionIsIllegal(JobStatus from, JobStatus to)
    {
        if (Legal.Contains((from, to)))
        {
            Should.NotThrow(() => JobStateMachine.EnsureCanTransition(from, to));
            return;
        }

        var ex = Should.Throw<InvalidJobTransitionException>(() => JobStateMachine.EnsureCanTransition(from, to));
        ex.Message.ShouldContain(from.ToString());
        ex.Message.ShouldContain(to.ToString());
    }

    [Theory]
    [InlineData(JobStatus.Queued, false)]
    [InlineData(JobStatus.Running, false)]
    [InlineData(JobStatus.Succeeded, true)]
    [InlineData(JobStatus.Failed, true)]
    [InlineData(JobStatus.Cancelled, true)]
    public void IsTerminal_ShouldBeTrueOnlyForFinishedStates(JobStatus status, bool terminal)
    {
        JobStateMachine.IsTerminal(status).ShouldBe(terminal);
    }
}
