using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Graph.Parameters;
using MediaEngine.Pipelines.Abstractions;

namespace MediaEngine.Pipelines.Execution;

/// <summary>
/// Runs a validated graph in dependency order, independent branches in parallel up to a limit. Parameter values are
/// applied to their bound settings first (<see cref="GraphParameters.Resolve"/>), so every node runs, and is cached, with
/// its resolved settings. A failed node skips what depends on it while independent branches finish; cancellation stops
/// running nodes and skips the rest.
/// </summary>
public sealed class DagExecutor(NodeRunner runner, Catalog.NodeCatalog catalog)
{
    public async Task<PipelineRunResult> RunAsync(PipelineRunRequest request, IPipelineRunObserver observer, CancellationToken cancellationToken)
    {
        var problems = GraphValidator.Errors(GraphValidator.Validate(request.Graph, catalog, request.Parameters));
        if (problems.Count > 0)
        {
            throw new PipelineValidationException(problems);
        }

        var graph = GraphParameters.Resolve(request.Graph, request.Parameters).Graph;

        var results = new Dictionary<string, NodeRunResult>();
        var pending = graph.TopologicalOrder().ToList();
        var running = new Dictionary<Task<NodeRunResult>, string>();
        while (pending.Count > 0 || running.Count > 0)
        {
            SkipBlocked(graph, pending, results, observer, cancellationToken.IsCancellationRequested);
            foreach (var nodeId in pending.Where(n => IsReady(graph, n, results)).Take(Math.Max(1, request.MaxParallelism) - running.Count).ToList())
            {
                pending.Remove(nodeId);
                var inputs = InputsOf(graph, nodeId, results);
                running.Add(Task.Run(() => runner.RunAsync(request, graph.FindNode(nodeId)!, inputs, observer, cancellationToken), CancellationToken.None), nodeId);
            }

            if (running.Count == 0)
            {
                if (pending.Count > 0)
                {
                    throw new InvalidOperationException($"No node can start: {string.Join(", ", pending)} wait on each other.");
                }

                continue;
            }

            var finished = await Task.WhenAny(running.Keys);
            running.Remove(finished);
            var result = await finished;
            results[result.NodeId] = result;
            observer.NodeFinished(result);
        }

        return new PipelineRunResult(results, CollectOutputs(graph, results));
    }

    private static bool IsReady(PipelineGraph graph, string nodeId, Dictionary<string, NodeRunResult> results) =>
        graph.IncomingEdges(nodeId).All(e => results.TryGetValue(e.From.Node, out var r) && r.State == NodeRunState.Succeeded);

    /// <summary>Nodes whose upstream did not succeed (or everything, once cancelled) will never run: mark them.</summary>
    private static void SkipBlocked(PipelineGraph graph, List<string> pending, Dictionary<string, NodeRunResult> results, IPipelineRunObserver observer, bool cancelled)
    {
        foreach (var nodeId in pending.ToList())
        {
            var blocked = graph.IncomingEdges(nodeId).FirstOrDefault(e => results.TryGetValue(e.From.Node, out var r) && r.State != NodeRunState.Succeeded);
            if (!cancelled && blocked is null)
            {
                continue;
            }

            var node = graph.FindNode(nodeId)!;
            var reason = cancelled ? "the run was cancelled" : $"'{blocked!.From.Node}' did not succeed";
            var skipped = new NodeRunResult(nodeId, node.Type, cancelled ? NodeRunState.Cancelled : NodeRunState.Skipped, TimeSpan.Zero, false, [], $"Not run: {reason}.");
            results[nodeId] = skipped;
            pending.Remove(nodeId);
            observer.NodeFinished(skipped);
        }
    }

    private static Dictionary<string, IReadOnlyList<ArtifactRef>> InputsOf(PipelineGraph graph, string nodeId, Dictionary<string, NodeRunResult> results) =>
        graph.IncomingEdges(nodeId)
            .GroupBy(e => e.To.Port)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<ArtifactRef>)g.SelectMany(e => results[e.From.Node].Outputs.Where(o => o.Port == e.From.Port).Select(o => o.Artifact)).ToList());

    private static Dictionary<string, IReadOnlyList<ArtifactRef>> CollectOutputs(PipelineGraph graph, Dictionary<string, NodeRunResult> results) =>
        graph.Outputs
            .Where(o => results.TryGetValue(o.From.Node, out var r) && r.State == NodeRunState.Succeeded)
            .ToDictionary(
                o => o.Name,
                o => (IReadOnlyList<ArtifactRef>)results[o.From.Node].Outputs.Where(x => x.Port == o.From.Port).Select(x => x.Artifact).ToList());
}
