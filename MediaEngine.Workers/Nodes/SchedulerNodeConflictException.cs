namespace MediaEngine.Workers.Nodes;

/// <summary>This process may not run a scheduler: another live one already runs on the same SQLite database.</summary>
public sealed class SchedulerNodeConflictException(string message) : Exception(message);
