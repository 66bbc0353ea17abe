using System.Collections.Concurrent;
using MediaEngine.Pipelines.Execution;

namespace MediaEngine.Pipelines.Tests.Support;

public sealed class RecordingObserver : IPipelineRunObserver
{
    public ConcurrentQueue<string> Events { get; } = new();

    public void NodeStarted(string nodeId, string typeId) => Events.Enqueue($"start {nodeId}");

    public void NodeProgress(string nodeId, double percent, string? message) => Events.Enqueue($"progress {nodeId} {percent:0}");

    public void NodeLog(string nodeId, string line) => Events.Enqueue($"log {nodeId} {line}");

    public void NodeFinished(NodeRunResult result) => Events.Enqueue($"finish {result.NodeId} {result.State}");
}
