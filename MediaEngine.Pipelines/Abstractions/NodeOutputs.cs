namespace MediaEngine.Pipelines.Abstractions;

/// <summary>What a node produced, by output port. A port may carry several files (ImageSet).</summary>
public sealed class NodeOutputs
{
    private readonly List<NodeOutputFile> _files = [];

    public IReadOnlyList<NodeOutputFile> Files => _files;

    public NodeOutputs Add(NodeOutputFile file)
    {
        _files.Add(file);
        return this;
    }

    /// <summary>Artifacts passed through unchanged (input nodes): stored already, no copy.</summary>
    public List<(string Port, ArtifactRef Artifact)> PassThrough { get; } = [];

    public static NodeOutputs Of(NodeOutputFile file) => new NodeOutputs().Add(file);
}
