namespace MediaEngine.Domain.Entities;

public enum NodeRunState
{
    Pending = 0,
    Running = 1,
    Succeeded = 2,
    Failed = 3,
    Cancelled = 4,
    /// <summary>Not run because an upstream node failed.</summary>
    Skipped = 5,
}
