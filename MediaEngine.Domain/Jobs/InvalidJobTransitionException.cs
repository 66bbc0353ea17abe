namespace MediaEngine.Domain.Jobs;

public sealed class InvalidJobTransitionException(JobStatus from, JobStatus to)
    : InvalidOperationException($"A job cannot go from {from} to {to}.")
{
    public JobStatus From { get; } = from;

    public JobStatus To { get; } = to;
}
