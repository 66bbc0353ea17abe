using System.Text.Json.Nodes;
using MediaEngine.Domain.Graph.Parameters;

namespace MediaEngine.Domain.Graph;

/// <summary>Compares a graph with the one an earlier run ran, to tell which nodes' results no longer apply.</summary>
public static class GraphChanges
{
    /// <summary>
    /// The nodes of <paramref name="now"/> whose result from running <paramref name="ran"/> is out of date: nodes that
    /// are new, changed type, run with other settings (parameters applied, so a changed parameter counts for every node
    /// bound to it) or take other inputs, and every node downstream of one. Moving a node changes nothing.
    /// </summary>
    public static IReadOnlySet<string> StaleSince(PipelineGraph ran, PipelineGraph now)
    {
        ArgumentNullException.ThrowIfNull(ran);
        ArgumentNullException.ThrowIfNull(now);
        var before = GraphParameters.Resolve(ran).Graph;
        var after = GraphParameters.Resolve(now).Graph;
        var stale = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in after.Nodes.Where(n => ReferenceEquals(after.FindNode(n.Id), n)))
        {
            var old = before.FindNode(node.Id);
            if (old is null || old.Type != node.Type || !JsonNode.DeepEquals(old.Settings, node.Settings)
                || !before.IncomingEdges(node.Id).ToHashSet().SetEquals(after.IncomingEdges(node.Id))
                || node.GetStringSetting("input") is { } input && !SameInput(ran, now, input))
            {
                stale.Add(node.Id);
            }
        }

        foreach (var id in stale.ToList())
        {
            stale.UnionWith(after.Downstream(id));
        }

        return stale;
    }

    private static bool SameInput(PipelineGraph ran, PipelineGraph now, string name) =>
        ran.Inputs.FirstOrDefault(i => i.Name == name) == now.Inputs.FirstOrDefault(i => i.Name == name);
}
