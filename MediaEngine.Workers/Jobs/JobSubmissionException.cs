namespace MediaEngine.Workers.Jobs;

/// <summary>A submission that cannot run, with every problem found (not just the first).</summary>
public sealed class JobSubmissionException(IReadOnlyList<JobProblem> problems)
    : Exception($"The job cannot be submitted: {string.Join(" ", problems.Select(p => $"{p.Field}: {p.Message}"))}")
{
    public IReadOnlyList<JobProblem> Problems { get; } = problems;
}
