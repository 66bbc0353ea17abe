using MediaEngine.Domain.Graph.Parameters;

namespace MediaEngine.Domain.Graph.Editing;

/// <summary>The parameter gestures of the editor: declare, change, remove, and add the standard brand kit.</summary>
public sealed partial class GraphEditor
{
    /// <summary>
    /// Replaces the graph's parameters, as one step. Names must be unique; a default that does not fit its kind is
    /// refused with the reason (the validator reports anything else, such as a binding to a missing parameter).
    /// </summary>
    public EditResult SetParameters(IReadOnlyList<GraphParameter> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (Duplicate(parameters.Select(p => p.Name)) is { } name)
        {
            return EditResult.Refused($"There are two parameters named \"{name}\"; give each its own name.");
        }

        if (parameters.FirstOrDefault(p => ParameterValues.Problem(p, p.Default) is not null) is { } bad)
        {
            return EditResult.Refused($"The value {ParameterValues.Display(bad.Default)} for parameter \"{bad.Name}\" is not valid: it {ParameterValues.Problem(bad, bad.Default)}.");
        }

        return ApplyIfChanged(Graph.With(parameters: parameters), "The parameters are unchanged.");
    }

    /// <summary>
    /// Removes a parameter as one step; every setting bound to it keeps the parameter's current value as its own
    /// (or the node type's default when the parameter had none), so nothing changes look.
    /// </summary>
    public EditResult RemoveParameter(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Graph.Parameters.FirstOrDefault(p => p.Name == name) is not { } parameter)
        {
            return EditResult.Refused($"There is no parameter \"{name}\" to remove.");
        }

        var nodes = Graph.Nodes.Select(node =>
        {
            var settings = node.Settings;
            var bound = settings.Where(s => ParameterBinding.TryRead(s.Value, out var p) && p == name).Select(s => s.Key).ToList();
            foreach (var setting in bound)
            {
                if (parameter.Default is { } value)
                {
                    settings[setting] = value;
                }
                else
                {
                    settings.Remove(setting);
                }
            }

            return bound.Count == 0 ? node : node with { Settings = settings };
        }).ToArray();
        Apply(Graph.With(nodes: nodes, parameters: [.. Graph.Parameters.Where(p => p.Name != name)]));
        return EditResult.Ok;
    }

    /// <summary>Declares the standard brand kit (<see cref="BrandKit.Parameters"/>) not declared yet, as one step.</summary>
    public EditResult AddBrandKit()
    {
        var taken = Graph.Parameters.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var missing = BrandKit.Parameters.Where(p => !taken.Contains(p.Name)).ToList();
        if (missing.Count == 0)
        {
            return EditResult.Refused("The graph already declares every brand kit parameter.");
        }

        Apply(Graph.With(parameters: [.. Graph.Parameters, .. missing]));
        return EditResult.Ok;
    }
}
