namespace MediaEngine.Domain.Entities;

public enum JobEventKind
{
    StateChanged = 0,
    NodeStarted = 1,
    NodeProgress = 2,
    NodeFinished = 3,
    Log = 4,
}
