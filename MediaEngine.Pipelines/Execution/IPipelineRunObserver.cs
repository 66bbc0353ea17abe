namespace MediaEngine.Pipelines.Execution;

/// <summary>Receives node events as a run goes: the command line draws them, jobs persist and broadcast them.</summary>
public interface IPipelineRunObserver
{
    void NodeStarted(string nodeId, string typeId);

    void NodeProgress(string nodeId, double percent, string? message);

    void NodeLog(string nodeId, string line);

    void NodeFinished(NodeRunResult result);
}
