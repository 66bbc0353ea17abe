using MediaEngine.Domain.Graph.Parameters;

namespace MediaEngine.Domain.Graph.Editing;

/// <summary>Small pure helpers the editor builds new graphs with.</summary>
internal static class GraphEdits
{
    /// <summary>A copy of the graph with new nodes, edges, outputs, inputs or parameters (name and description kept).</summary>
    public static PipelineGraph With(
        this PipelineGraph graph,
        IReadOnlyList<GraphNode>? nodes = null,
        IReadOnlyList<GraphEdge>? edges = null,
        IReadOnlyList<GraphOutput>? outputs = null,
        IReadOnlyList<GraphInput>? inputs = null,
        IReadOnlyList<GraphParameter>? parameters = null) =>
        new(graph.Name, graph.Description, inputs ?? graph.Inputs, nodes ?? graph.Nodes, edges ?? graph.Edges, outputs ?? graph.Outputs,
            parameters ?? graph.Parameters);

    /// <summary>
    /// A node id that is not in <paramref name="taken"/>, made from <paramref name="hint"/>: the last part of a type id
    /// (<c>image.resize</c> → <c>resize</c>) or an existing id without its <c>-N</c> suffix, then <c>-2</c>, <c>-3</c>...
    /// </summary>
    public static string UniqueId(string hint, ISet<string> taken)
    {
        var stem = Stem(hint);
        if (!taken.Contains(stem))
        {
            return stem;
        }

        for (var n = 2; ; n++)
        {
            var candidate = $"{stem}-{n}";
            if (!taken.Contains(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>Whether two graphs have the same content (settings compared as JSON).</summary>
    public static bool SameContent(PipelineGraph a, PipelineGraph b) =>
        ReferenceEquals(a, b)
        || (a.Name == b.Name
            && a.Description == b.Description
            && a.Inputs.SequenceEqual(b.Inputs)
            && a.Nodes.SequenceEqual(b.Nodes)
            && a.Edges.SequenceEqual(b.Edges)
            && a.Outputs.SequenceEqual(b.Outputs)
            && a.Parameters.SequenceEqual(b.Parameters));

    private static string Stem(string hint)
    {
        var last = hint[(hint.LastIndexOf('.') + 1)..];
        var clean = new string(last.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray()).Trim('-');
        var dash = clean.LastIndexOf('-');
        if (dash > 0 && dash < clean.Length - 1 && clean[(dash + 1)..].All(char.IsAsciiDigit))
        {
            clean = clean[..dash];
        }

        return clean.Length == 0 ? "node" : clean;
    }
}
