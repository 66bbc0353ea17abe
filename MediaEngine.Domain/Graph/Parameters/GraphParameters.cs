using System.Text.Json.Nodes;

namespace MediaEngine.Domain.Graph.Parameters;

/// <summary>
/// The one place parameter values are applied: defaults first, then the run's overrides, written into every bound
/// setting before settings are validated and before anything executes. Because the node-output cache key is made from
/// the resolved settings, changing one parameter re-runs exactly the nodes bound to it and what depends on them.
/// </summary>
public static class GraphParameters
{
    /// <summary>
    /// Applies the parameters' values to <paramref name="graph"/>. Declaration problems (bad or repeated names, a default
    /// that does not fit the kind, a choice parameter without choices), malformed bindings, bindings to unknown
    /// parameters, overrides of unknown parameters and override values that do not fit are all reported, never thrown.
    /// </summary>
    public static ParameterResolution Resolve(PipelineGraph graph, IReadOnlyDictionary<string, JsonNode?>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var problems = new List<GraphProblem>();
        var declared = Declarations(graph, problems);
        var values = declared.Values.ToDictionary(p => p.Name, p => ParameterValues.Problem(p, p.Default) is null ? p.Default : null, StringComparer.Ordinal);
        foreach (var (name, value) in overrides ?? new Dictionary<string, JsonNode?>())
        {
            if (!declared.TryGetValue(name, out var parameter))
            {
                problems.Add(new GraphProblem(GraphProblemCode.UnknownParameter,
                    $"There is no parameter \"{name}\" to set; the graph's parameters: {Names(graph)}.") { Parameter = name });
            }
            else if (ParameterValues.Problem(parameter, value) is { } problem)
            {
                problems.Add(new GraphProblem(GraphProblemCode.InvalidParameter,
                    $"The value {ParameterValues.Display(value)} given for parameter \"{name}\" ({parameter.Kind}) is not valid: it {problem}.") { Parameter = name });
            }
            else
            {
                values[name] = value?.DeepClone();
            }
        }

        var bindings = new List<ParameterBinding>();
        var nodes = graph.Nodes.Select(node => Apply(node, declared, values, bindings, problems)).ToList();
        var resolved = nodes.SequenceEqual(graph.Nodes, ReferenceEqualityComparer.Instance) ? graph : graph.WithNodes(nodes);
        return new ParameterResolution(resolved, values, bindings, problems);
    }

    /// <summary>The standard check run on saving and submitting: parameters nothing binds are reported as warnings.</summary>
    internal static IEnumerable<GraphProblem> Unused(PipelineGraph graph, IReadOnlyList<ParameterBinding> bindings)
    {
        var used = bindings.Select(b => b.Parameter).ToHashSet(StringComparer.Ordinal);
        return graph.Parameters
            .Where(p => !string.IsNullOrWhiteSpace(p.Name) && !used.Contains(p.Name))
            .DistinctBy(p => p.Name)
            .Select(p => new GraphProblem(GraphProblemCode.UnusedParameter,
                $"Parameter \"{p.Name}\" ({p.Kind}) is not used: no node setting is bound to it.") { Parameter = p.Name });
    }

    private static Dictionary<string, GraphParameter> Declarations(PipelineGraph graph, List<GraphProblem> problems)
    {
        var declared = new Dictionary<string, GraphParameter>(StringComparer.Ordinal);
        for (var i = 0; i < graph.Parameters.Count; i++)
        {
            var parameter = graph.Parameters[i];
            if (!GraphValidator.IsValidNodeId(parameter.Name))
            {
                problems.Add(new GraphProblem(GraphProblemCode.InvalidParameter,
                    $"Parameter {i + 1} has the name \"{parameter.Name}\", which is not valid: use letters, digits, '-' and '_'.") { Parameter = parameter.Name });
                continue;
            }

            if (!declared.TryAdd(parameter.Name, parameter))
            {
                problems.Add(new GraphProblem(GraphProblemCode.DuplicateName,
                    $"Parameter name \"{parameter.Name}\" is used more than once; parameter names must be unique.") { Parameter = parameter.Name });
                continue;
            }

            if (parameter.Kind == GraphParameterKind.Choice && parameter.Choices.Count == 0)
            {
                problems.Add(new GraphProblem(GraphProblemCode.InvalidParameter,
                    $"Parameter \"{parameter.Name}\" is a choice but lists no choices.") { Parameter = parameter.Name });
            }
            else if (ParameterValues.Problem(parameter, parameter.Default) is { } problem)
            {
                problems.Add(new GraphProblem(GraphProblemCode.InvalidParameter,
                    $"Parameter \"{parameter.Name}\" ({parameter.Kind}) has the default {ParameterValues.Display(parameter.Default)}, which is not valid: it {problem}.")
                    { Parameter = parameter.Name });
            }
        }

        return declared;
    }

    private static GraphNode Apply(
        GraphNode node, Dictionary<string, GraphParameter> declared, Dictionary<string, JsonNode?> values,
        List<ParameterBinding> bindings, List<GraphProblem> problems)
    {
        JsonObject? settings = null;
        foreach (var (setting, value) in node.Settings)
        {
            if (!ParameterBinding.LooksLikeBinding(value))
            {
                continue;
            }

            settings ??= node.Settings;
            settings.Remove(setting);
            if (!ParameterBinding.TryRead(value, out var name))
            {
                problems.Add(new GraphProblem(GraphProblemCode.InvalidBinding,
                    $"Setting \"{setting}\" of node \"{node.Id}\" is {value!.ToJsonString()}, which is not a parameter binding: write {{ \"$param\": \"<parameter name>\" }}.",
                    node.Id) { Setting = setting });
                continue;
            }

            bindings.Add(new ParameterBinding(node.Id, setting, name));
            if (!declared.ContainsKey(name))
            {
                problems.Add(new GraphProblem(GraphProblemCode.UnknownParameter,
                    $"Setting \"{setting}\" of node \"{node.Id}\" is bound to parameter \"{name}\", but the graph declares no such parameter (declared: {Names(declared.Keys)}).",
                    node.Id) { Setting = setting, Parameter = name });
            }
            else if (values[name] is { } resolved)
            {
                settings[setting] = resolved.DeepClone();
            }
        }

        return settings is null ? node : node with { Settings = settings };
    }

    private static string Names(PipelineGraph graph) => Names(graph.Parameters.Select(p => p.Name));

    private static string Names(IEnumerable<string> names)
    {
        var list = names.Select(n => $"\"{n}\"").ToList();
        return list.Count == 0 ? "none" : string.Join(", ", list);
    }
}
