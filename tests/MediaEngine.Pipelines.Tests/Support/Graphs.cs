using System.Text.Json.Nodes;
using MediaEngine.Domain.Graph;

namespace MediaEngine.Pipelines.Tests.Support;

/// <summary>Builds small graphs tersely: nodes as (id, type, settings JSON), edges as "a.out→b.in".</summary>
public static class Graphs
{
    public static PipelineGraph Build(IEnumerable<(string Id, string Type, string Settings)> nodes, IEnumerable<string> edges, params string[] outputs) =>
        new(
            "test",
            null,
            [],
            nodes.Select(n => new GraphNode(n.Id, n.Type, JsonNode.Parse(n.Settings)!.AsObject())).ToList(),
            edges.Select(e => e.Split("->")).Select(p => new GraphEdge(PortRef.Parse(p[0]), PortRef.Parse(p[1]))).ToList(),
            outputs.Select(o => o.Split('=')).Select(p => new GraphOutput(p[0], PortRef.Parse(p[1]))).ToList());
}
