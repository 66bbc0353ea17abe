using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Catalog;
using MediaEngine.Workers.Options;

namespace MediaEngine.Workers.Lanes;

/// <summary>
/// Picks a job's lane from what its graph touches: anything with a video or audio port runs in the video lane,
/// everything else in the image lane; test runs have their own lane.
/// </summary>
public static class LaneResolver
{
    public static string LaneFor(PipelineGraph graph, NodeCatalog catalog, bool isTest)
    {
        if (isTest)
        {
            return LaneNames.Test;
        }

        var kinds = graph.Inputs.Select(i => i.Kind)
            .Concat(graph.Nodes.SelectMany(n => catalog.Get(n.Type) is { } type
                ? type.Inputs.Select(p => p.Kind).Concat(type.Outputs.Select(p => p.Kind))
                : []));
        return kinds.Any(k => k is PortKind.Video or PortKind.Audio) ? LaneNames.Video : LaneNames.Image;
    }
}
