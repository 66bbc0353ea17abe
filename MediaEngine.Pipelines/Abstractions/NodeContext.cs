namespace MediaEngine.Pipelines.Abstractions;

/// <summary>Everything a node sees while it runs: its inputs, a private work folder, progress and log.</summary>
public sealed class NodeContext
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<ArtifactRef>> _inputs;
    private readonly Action<double, string?> _progress;
    private readonly Action<string> _log;
    private int _outputCounter;

    public NodeContext(
        string nodeId,
        string workFolder,
        IReadOnlyDictionary<string, IReadOnlyList<ArtifactRef>> inputs,
        IReadOnlyDictionary<string, IReadOnlyList<ArtifactRef>> graphInputs,
        Action<double, string?> progress,
        Action<string> log)
    {
        NodeId = nodeId;
        WorkFolder = workFolder;
        _inputs = inputs;
        GraphInputs = graphInputs;
        _progress = progress;
        _log = log;
    }

    public string NodeId { get; }

    /// <summary>A folder only this node run writes to; deleted when the node finishes.</summary>
    public string WorkFolder { get; }

    /// <summary>The files the caller supplied for each graph input (used by input nodes).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<ArtifactRef>> GraphInputs { get; }

    /// <summary>All artifacts arriving on <paramref name="port"/>, in edge order; empty when unconnected.</summary>
    public IReadOnlyList<ArtifactRef> Inputs(string port) =>
        _inputs.TryGetValue(port, out var list) ? list : [];

    /// <summary>The one artifact on a single-edge port; throws when there is none.</summary>
    public ArtifactRef Input(string port) =>
        Inputs(port) switch
        {
            [var single] => single,
            [] => throw new InvalidOperationException($"Node '{NodeId}' received nothing on its '{port}' input."),
            var many => many[0],
        };

    /// <summary>A fresh file path in the work folder with the given extension (".webp").</summary>
    public string NewOutputPath(string extension) =>
        Path.Combine(WorkFolder, $"out-{Interlocked.Increment(ref _outputCounter)}{extension}");

    /// <summary>Reports 0–100 % with an optional message.</summary>
    public void ReportProgress(double percent, string? message = null) => _progress(Math.Clamp(percent, 0, 100), message);

    public void Log(string line) => _log(line);
}
