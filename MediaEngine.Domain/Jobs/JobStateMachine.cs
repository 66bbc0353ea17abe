using System.Collections.Frozen;

namespace MediaEngine.Domain.Jobs;

/// <summary>
/// The only place that knows which job status may follow which:
/// Queued → Running | Cancelled; Running → Succeeded | Failed | Cancelled. Terminal states go nowhere.
/// </summary>
public static class JobStateMachine
{
    private static readonly FrozenDictionary<JobStatus, JobStatus[]> Transitions = new Dictionary<JobStatus, JobStatus[]>
    {
        [JobStatus.Queued] = [JobStatus.Running, JobStatus.Cancelled],
        [JobStatus.Running] = [JobStatus.Succeeded, JobStatus.Failed, JobStatus.Cancelled],
        [JobStatus.Succeeded] = [],
        [JobStatus.Failed] = [],
        [JobStatus.Cancelled] = [],
    }.ToFrozenDictionary();

    public static bool CanTransition(JobStatus from, JobStatus to) =>
        Transitions.TryGetValue(from, out var next) && next.Contains(to);

    public static bool IsTerminal(JobStatus status) => Transitions[status].Length == 0;

    /// <summary>How far along its lifecycle a job in <paramref name="status"/> is: queued 0, running 1, finished 2. Views use it to never move back.</summary>
    public static int Stage(JobStatus status) => status switch
    {
        JobStatus.Queued => 0,
        JobStatus.Running => 1,
        _ => 2,
    };

    public static IReadOnlyList<JobStatus> NextStates(JobStatus from) => Transitions[from];

    public static void EnsureCanTransition(JobStatus from, JobStatus to)
    {
        if (!CanTransition(from, to))
        {
            throw new InvalidJobTransitionException(from, to);
        }
    }
}
