using MediaEngine.Domain.Entities;
using MediaEngine.Pipelines.Execution;

namespace MediaEngine.Workers.Cli;

/// <summary>Progress on standard error: one line per node start, every 25 % and at the end.</summary>
public sealed class ConsoleRunObserver(string label, TextWriter writer) : IPipelineRunObserver
{
    private readonly Dictionary<string, int> _lastQuarter = [];
    private readonly Lock _gate = new();

    public void NodeStarted(string nodeId, string typeId) => Write($"{nodeId} ({typeId}) started");

    public void NodeProgress(string nodeId, double percent, string? message)
    {
        var quarter = (int)(percent / 25);
        lock (_gate)
        {
            if (quarter is 0 or 4 || _lastQuarter.GetValueOrDefault(nodeId) >= quarter)
            {
                return;
            }

            _lastQuarter[nodeId] = quarter;
        }

        Write($"{nodeId} {percent:0}%{(message is null ? string.Empty : $" {message}")}");
    }

    public void NodeLog(string nodeId, string line) => Write($"{nodeId}: {line}");

    public void NodeFinished(NodeRunResult result)
    {
        var state = result.State == NodeRunState.Succeeded && result.CacheHit ? "cached" : result.State.ToString().ToLowerInvariant();
        Write($"{result.NodeId} {state} in {result.Duration.TotalSeconds:0.00}s{(result.Error is null ? string.Empty : $": {result.Error}")}");
    }

    private void Write(string line)
    {
        lock (_gate)
        {
            writer.WriteLine($"[{label}] {line}");
        }
    }
}
