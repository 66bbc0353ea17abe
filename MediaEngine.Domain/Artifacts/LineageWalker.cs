using MediaEngine.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Domain.Artifacts;

/// <summary>
/// Walks the recorded input edges of one artifact breadth first, back to the source assets and forward to everything
/// made from it, keeping every edge; a few queries per level (ids in chunks), never one per file.
/// </summary>
internal sealed class LineageWalker(MediaEngineDbContext db, int maxFiles, int maxDepth)
{
    private const int Chunk = 400;

    private readonly Dictionary<Guid, int> _artifacts = [];
    private readonly Dictionary<Guid, int> _assets = [];
    private readonly Dictionary<long, Edge> _edges = [];

    /// <summary>Artifact id → signed depth (inputs negative, derivations positive, the root 0), in the order found.</summary>
    public IReadOnlyDictionary<Guid, int> Artifacts => _artifacts;

    /// <summary>Asset id → signed depth (always negative), in the order found.</summary>
    public IReadOnlyDictionary<Guid, int> Assets => _assets;

    /// <summary>Every recorded edge between the files found, in recording order.</summary>
    public IEnumerable<Edge> Edges => _edges.OrderBy(e => e.Key).Select(e => e.Value)
        .Where(e => _artifacts.ContainsKey(e.Artifact) && (e.InputArtifact is { } a ? _artifacts.ContainsKey(a) : _assets.ContainsKey(e.InputAsset!.Value)));

    /// <summary>True when the walk stopped because it found <c>maxFiles</c> files.</summary>
    public bool Truncated { get; private set; }

    public async Task WalkAsync(Guid root, CancellationToken cancellationToken)
    {
        _artifacts[root] = 0;
        await WalkAsync(root, backwards: true, cancellationToken);
        await WalkAsync(root, backwards: false, cancellationToken);
    }

    private async Task WalkAsync(Guid root, bool backwards, CancellationToken cancellationToken)
    {
        List<Guid> frontier = [root];
        for (var depth = 1; frontier.Count > 0 && depth <= maxDepth && !Truncated; depth++)
        {
            var next = new List<Guid>();
            foreach (var edge in await EdgesAsync(frontier, backwards, cancellationToken))
            {
                _edges.TryAdd(edge.Id, edge);
                if (backwards && edge.InputAsset is { } asset)
                {
                    if (!_assets.ContainsKey(asset) && Room())
                    {
                        _assets[asset] = -depth;
                    }

                    continue;
                }

                var found = backwards ? edge.InputArtifact!.Value : edge.Artifact;
                if (!_artifacts.ContainsKey(found) && Room())
                {
                    _artifacts[found] = backwards ? -depth : depth;
                    next.Add(found);
                }
            }

            frontier = next;
        }
    }

    private bool Room()
    {
        if (_artifacts.Count + _assets.Count < maxFiles)
        {
            return true;
        }

        Truncated = true;
        return false;
    }

    private async Task<List<Edge>> EdgesAsync(List<Guid> ids, bool backwards, CancellationToken cancellationToken)
    {
        var edges = new List<Edge>();
        foreach (var chunk in ids.Chunk(Chunk))
        {
            var inputs = db.ArtifactInputs.AsNoTracking();
            var part = chunk.Select(id => (Guid?)id).ToList();
            inputs = backwards ? inputs.Where(i => chunk.Contains(i.ArtifactId)) : inputs.Where(i => part.Contains(i.InputArtifactId));
            edges.AddRange(await inputs.OrderBy(i => i.Id)
                .Select(i => new Edge(i.Id, i.ArtifactId, i.InputArtifactId, i.InputAssetId)).ToListAsync(cancellationToken));
        }

        return [.. edges.OrderBy(e => e.Id)];
    }

    /// <summary>One recorded input: <see cref="Artifact"/> was made from <see cref="InputArtifact"/> or <see cref="InputAsset"/>.</summary>
    internal sealed record Edge(long Id, Guid Artifact, Guid? InputArtifact, Guid? InputAsset);
}
