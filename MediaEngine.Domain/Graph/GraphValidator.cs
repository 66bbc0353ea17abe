using System.Text.Json.Nodes;
using MediaEngine.Domain.Graph.Parameters;

namespace MediaEngine.Domain.Graph;

/// <summary>
/// Checks a <see cref="PipelineGraph"/> against the node types it uses and reports every problem at once.
/// Parameters are applied first (<see cref="GraphParameters.Resolve"/>), so node settings are checked with the values
/// they will run with, and a bad value in a bound setting is reported against its parameter.
/// Problems come in a fixed order: parameters (declarations, bindings, overrides), node checks (in node order), edge
/// checks (in edge order), input-port checks (in node order), cycles, graph inputs, graph outputs, unreachable nodes,
/// then unused parameters (the only warnings: <see cref="GraphProblem.IsError"/> is false for them).
/// </summary>
public static class GraphValidator
{
    /// <summary>Every problem at once (never stops at the first). Empty = valid; only errors stop a save or a run.</summary>
    /// <param name="graph">The graph to check.</param>
    /// <param name="types">The node catalog.</param>
    /// <param name="parameters">Parameter values a run supplies over the defaults; unknown names and bad values are reported.</param>
    public static IReadOnlyList<GraphProblem> Validate(
        PipelineGraph graph, INodeTypeResolver types, IReadOnlyDictionary<string, JsonNode?>? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(types);

        var resolution = GraphParameters.Resolve(graph, parameters);
        var run = new Run(resolution.Graph, types, resolution);
        run.Problems.AddRange(resolution.Problems);
        run.CheckNodes();
        run.CheckEdges();
        run.CheckInputPorts();
        run.CheckCycles();
        run.CheckGraphInputs();
        run.CheckOutputs();
        run.CheckReachability();
        run.Problems.AddRange(GraphParameters.Unused(graph, resolution.Bindings));
        return run.Problems;
    }

    /// <summary>Only the problems that stop a graph from being saved or run.</summary>
    public static IReadOnlyList<GraphProblem> Errors(IEnumerable<GraphProblem> problems) => [.. problems.Where(p => p.IsError)];

    /// <summary>
    /// Can an output of kind <paramref name="from"/> feed an input of kind <paramref name="to"/>?
    /// Same kind, or <see cref="PortKind.Image"/> into <see cref="PortKind.ImageSet"/> (the set collects the images).
    /// </summary>
    public static bool IsCompatible(PortKind from, PortKind to) =>
        from == to || (from == PortKind.Image && to == PortKind.ImageSet);

    /// <summary>
    /// Is this a valid node id: non-empty, only ASCII letters, digits, <c>-</c> and <c>_</c>?
    /// </summary>
    public static bool IsValidNodeId(string? id) =>
        !string.IsNullOrEmpty(id) && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private sealed class Run(PipelineGraph graph, INodeTypeResolver types, ParameterResolution parameters)
    {
        private readonly Dictionary<string, NodeTypeSpec?> _specs = new(StringComparer.Ordinal);
        private readonly IReadOnlyList<string?> _ids = graph.NodeIds();

        public List<GraphProblem> Problems { get; } = [];

        public void CheckNodes()
        {
            var declaredInputs = graph.Inputs.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < graph.Nodes.Count; i++)
            {
                var node = graph.Nodes[i];
                if (!IsValidNodeId(node.Id))
                {
                    Add(GraphProblemCode.InvalidId, node.Id,
                        $"Node id \"{node.Id}\" (node {i + 1}) is invalid: a node id must be non-empty and use only letters, digits, '-' and '_'.");
                }

                if (_ids[i] is null)
                {
                    Add(GraphProblemCode.DuplicateNodeId, node.Id,
                        $"Node id \"{node.Id}\" is used by more than one node (nodes {graph.IndexOf(node.Id) + 1} and {i + 1}); node ids must be unique.");
                }

                var spec = SpecOfType(node.Type);
                if (spec is null)
                {
                    Add(GraphProblemCode.UnknownNodeType, node.Id, $"Node \"{node.Id}\" has unknown type \"{node.Type}\".");
                }
                else
                {
                    CheckSettings(node, spec);
                }

                if (node.GetStringSetting("input") is { } input && !declaredInputs.Contains(input))
                {
                    Add(GraphProblemCode.UnknownGraphInput, node.Id,
                        $"Node \"{node.Id}\" is bound to graph input \"{input}\", but the graph declares no such input (declared: {List(graph.Inputs.Select(i => i.Name))}).");
                }
            }
        }

        /// <summary>The node type's verdict on the resolved settings; a bad value in a bound setting is blamed on its parameter.</summary>
        private void CheckSettings(GraphNode node, NodeTypeSpec spec)
        {
            var misbound = new HashSet<string>(StringComparer.Ordinal);
            foreach (var binding in parameters.Bindings.Where(b => b.NodeId == node.Id))
            {
                var parameter = graph.Parameters.FirstOrDefault(p => p.Name == binding.Parameter);
                var setting = spec.FindSetting(binding.Setting);
                if (parameter is null || spec.Settings.Count == 0)
                {
                    continue; // an unknown parameter is reported by the resolver; without setting specs there is nothing to compare
                }

                if (setting is null)
                {
                    misbound.Add(binding.Setting);
                    Problems.Add(new GraphProblem(GraphProblemCode.InvalidBinding,
                        $"Node \"{node.Id}\" ({node.Type}) binds \"{binding.Setting}\" to parameter \"{parameter.Name}\", but {node.Type} has no setting \"{binding.Setting}\"; its settings: {List(spec.Settings.Select(x => x.Name))}.",
                        node.Id) { Setting = binding.Setting, Parameter = parameter.Name });
                }
                else if (!ParameterValues.CanBind(parameter.Kind, setting.Kind))
                {
                    misbound.Add(binding.Setting);
                    Problems.Add(new GraphProblem(GraphProblemCode.ParameterKindMismatch,
                        $"Parameter \"{parameter.Name}\" is a {parameter.Kind} parameter, but setting \"{setting.Name}\" of node \"{node.Id}\" ({node.Type}) takes a {setting.Kind}; bind a {setting.Kind} parameter instead.",
                        node.Id) { Setting = setting.Name, Parameter = parameter.Name });
                }
            }

            foreach (var problem in types.CheckSettings(node.Type, node.Settings))
            {
                if (problem.Setting is { } name && misbound.Contains(name))
                {
                    continue;
                }

                if (problem.Setting is { } bound && parameters.ParameterOf(node.Id, bound) is { } parameter)
                {
                    var value = ParameterValues.Display(parameters.Values.GetValueOrDefault(parameter));
                    Problems.Add(new GraphProblem(GraphProblemCode.InvalidParameterValue,
                        $"Parameter \"{parameter}\" = {value} does not suit setting \"{bound}\" of node \"{node.Id}\" ({node.Type}): {problem.Message}",
                        node.Id) { Setting = bound, Parameter = parameter });
                }
                else
                {
                    Problems.Add(new GraphProblem(GraphProblemCode.InvalidSettings,
                        $"Node \"{node.Id}\" ({node.Type}) has invalid settings: {problem.Message}", node.Id) { Setting = problem.Setting });
                }
            }
        }

        public void CheckEdges()
        {
            foreach (var edge in graph.Edges)
            {
                var from = Endpoint(edge, edge.From, isOutput: true);
                var to = Endpoint(edge, edge.To, isOutput: false);
                if (from is not null && to is not null && !IsCompatible(from.Kind, to.Kind))
                {
                    Add(GraphProblemCode.KindMismatch, edge.To.Node, edge.To.Port,
                        $"Edge {edge} connects {from.Kind} to {to.Kind}: \"{edge.From}\" produces {from.Kind} but \"{edge.To}\" accepts {to.Kind}.");
                }
            }
        }

        public void CheckInputPorts()
        {
            foreach (var id in _ids.OfType<string>())
            {
                foreach (var port in SpecOfNode(id)?.Inputs ?? [])
                {
                    var edges = graph.IncomingEdges(id).Where(e => e.To.Port == port.Name).ToList();
                    if (edges.Count == 0 && port.Required)
                    {
                        Add(GraphProblemCode.RequiredInputUnconnected, id, port.Name,
                            $"Required input \"{id}.{port.Name}\" ({port.Kind}) of node \"{id}\" is not connected.");
                    }
                    else if (edges.Count > 1 && !port.Multiple)
                    {
                        Add(GraphProblemCode.TooManyEdges, id, port.Name,
                            $"Input \"{id}.{port.Name}\" of node \"{id}\" accepts a single edge but has {edges.Count}: from {List(edges.Select(e => e.From.ToString()))}.");
                    }
                }
            }
        }

        public void CheckCycles()
        {
            foreach (var cycle in GraphCycles.Find(graph))
            {
                var message = cycle.Nodes.Count == 1
                    ? $"Node \"{cycle.Nodes[0]}\" forms a cycle by feeding its own input ({cycle.Describe()}); a node cannot depend on its own result."
                    : $"Nodes {List(cycle.Nodes)} form a cycle ({cycle.Describe()}); a node cannot depend on its own result.";
                Add(GraphProblemCode.Cycle, cycle.Nodes[0], message);
            }
        }

        public void CheckGraphInputs()
        {
            var bound = graph.Nodes.Select(n => n.GetStringSetting("input")).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < graph.Inputs.Count; i++)
            {
                var input = graph.Inputs[i];
                if (string.IsNullOrWhiteSpace(input.Name))
                {
                    Add(GraphProblemCode.InvalidId, null, $"Graph input {i + 1} has an empty name.");
                }
                else if (!seen.Add(input.Name))
                {
                    Add(GraphProblemCode.DuplicateName, null, $"Graph input name \"{input.Name}\" is used more than once; input names must be unique.");
                }
                else if (!bound.Contains(input.Name))
                {
                    Add(GraphProblemCode.UnboundGraphInput, null,
                        $"Graph input \"{input.Name}\" ({input.Kind}) is not used: no node binds it with the setting \"input\": \"{input.Name}\".");
                }
            }
        }

        public void CheckOutputs()
        {
            if (graph.Outputs.Count == 0)
            {
                Add(GraphProblemCode.NoOutputs, null, "The graph declares no outputs, so nothing it produces would be published.");
                return;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < graph.Outputs.Count; i++)
            {
                var output = graph.Outputs[i];
                if (string.IsNullOrWhiteSpace(output.Name))
                {
                    Add(GraphProblemCode.InvalidId, null, $"Graph output {i + 1} has an empty name.");
                }
                else if (!seen.Add(output.Name))
                {
                    Add(GraphProblemCode.DuplicateName, null, $"Graph output name \"{output.Name}\" is used more than once; output names must be unique.");
                }

                var from = output.From;
                var node = graph.FindNode(from.Node);
                if (node is null)
                {
                    Add(GraphProblemCode.UnknownNode, from.Node, from.Port,
                        $"Graph output \"{output.Name}\" takes its result from unknown node \"{from.Node}\" (\"{from}\").");
                }
                else if (SpecOfType(node.Type) is { } spec && spec.FindOutput(from.Port) is null)
                {
                    Add(GraphProblemCode.UnknownPort, from.Node, from.Port,
                        $"Graph output \"{output.Name}\" takes its result from \"{from}\", but node \"{from.Node}\" ({node.Type}) has no output port \"{from.Port}\"{Hint(spec, from.Port, isOutput: true)}; its outputs: {List(spec.Outputs.Select(p => p.Name))}.");
                }
            }
        }

        public void CheckReachability()
        {
            var roots = graph.Outputs.Select(o => o.From.Node).Where(n => graph.IndexOf(n) >= 0).Distinct().ToList();
            if (roots.Count == 0)
            {
                return; // Already reported (no outputs, or none pointing at a node); every node would be flagged.
            }

            var reached = new HashSet<string>(roots, StringComparer.Ordinal);
            var queue = new Queue<string>(roots);
            while (queue.TryDequeue(out var current))
            {
                foreach (var edge in graph.IncomingEdges(current))
                {
                    if (graph.IndexOf(edge.From.Node) >= 0 && reached.Add(edge.From.Node))
                    {
                        queue.Enqueue(edge.From.Node);
                    }
                }
            }

            foreach (var id in _ids.OfType<string>().Where(id => !reached.Contains(id)))
            {
                Add(GraphProblemCode.UnreachableNode, id, $"Node \"{id}\" does not lead to any graph output, so it would run for nothing.");
            }
        }

        /// <summary>Checks one end of an edge; returns its port when node, type and port are all known.</summary>
        private PortSpec? Endpoint(GraphEdge edge, PortRef end, bool isOutput)
        {
            var verb = isOutput ? "starts at" : "ends at";
            var node = graph.FindNode(end.Node);
            if (node is null)
            {
                Add(GraphProblemCode.UnknownNode, end.Node, end.Port, $"Edge {edge} {verb} unknown node \"{end.Node}\".");
                return null;
            }

            var spec = SpecOfType(node.Type);
            if (spec is null)
            {
                return null; // Unknown type is reported on the node; checking its ports would only repeat that.
            }

            var port = isOutput ? spec.FindOutput(end.Port) : spec.FindInput(end.Port);
            if (port is null)
            {
                var direction = isOutput ? "output" : "input";
                var ports = (isOutput ? spec.Outputs : spec.Inputs).Select(p => p.Name);
                Add(GraphProblemCode.UnknownPort, end.Node, end.Port,
                    $"Edge {edge} {verb} \"{end}\", but node \"{end.Node}\" ({node.Type}) has no {direction} port \"{end.Port}\"{Hint(spec, end.Port, isOutput)}; its {direction}s: {List(ports)}.");
            }

            return port;
        }

        private NodeTypeSpec? SpecOfNode(string nodeId) =>
            graph.FindNode(nodeId) is { } node ? SpecOfType(node.Type) : null;

        private NodeTypeSpec? SpecOfType(string typeId)
        {
            if (!_specs.TryGetValue(typeId, out var spec))
            {
                spec = types.Find(typeId);
                _specs[typeId] = spec;
            }

            return spec;
        }

        private void Add(GraphProblemCode code, string? nodeId, string message) => Add(code, nodeId, null, message);

        private void Add(GraphProblemCode code, string? nodeId, string? port, string message) =>
            Problems.Add(new GraphProblem(code, message, nodeId, port));

        /// <summary>Explains a port name used in the wrong direction, e.g. an input used as an edge's source.</summary>
        private static string Hint(NodeTypeSpec spec, string port, bool isOutput) =>
            (isOutput ? spec.FindInput(port) : spec.FindOutput(port)) is null
                ? string.Empty
                : $" (\"{port}\" is an {(isOutput ? "input" : "output")} port)";

        private static string List(IEnumerable<string> names)
        {
            var quoted = names.Select(n => $"\"{n}\"").ToList();
            return quoted.Count switch
            {
                0 => "none",
                1 => quoted[0],
                _ => $"{string.Join(", ", quoted[..^1])} and {quoted[^1]}",
            };
        }
    }
}
