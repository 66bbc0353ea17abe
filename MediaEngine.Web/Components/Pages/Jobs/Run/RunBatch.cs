using MediaEngine.Domain.Graph;

namespace MediaEngine.Web.Components.Pages.Jobs.Run;

/// <summary>
/// Turns the files chosen on the Run page into jobs. An input that takes several files (an image set, or videos to join)
/// takes all its files in one job; any other input takes one file per job, so several files chosen for it mean one job
/// per file (the other inputs the same in each).
/// </summary>
public static class RunBatch
{
    /// <summary>The inputs of each job to submit, in the order the files were chosen; or the reason none can be.</summary>
    public static (IReadOnlyList<IReadOnlyDictionary<string, IReadOnlyList<Guid>>> Jobs, string? Problem) Expand(
        PipelineGraph graph, IReadOnlyDictionary<string, IReadOnlyList<Guid>> chosen, INodeTypeResolver types)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(chosen);
        var perFile = graph.Inputs
            .Where(i => chosen.GetValueOrDefault(i.Name)?.Count > 1 && !GraphInputCardinality.TakesMany(graph, i, types))
            .ToList();
        if (perFile.Count > 1)
        {
            return ([], $"Several files are chosen for {string.Join(" and ", perFile.Select(i => $"'{i.Name}'"))}; choose several for one input only (one job runs per file).");
        }

        var fixedInputs = chosen.Where(c => perFile.All(p => p.Name != c.Key)).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        if (perFile.Count == 0)
        {
            return ([fixedInputs], null);
        }

        var name = perFile[0].Name;
        return ([.. chosen[name].Select(id => (IReadOnlyDictionary<string, IReadOnlyList<Guid>>)new Dictionary<string, IReadOnlyList<Guid>>(fixedInputs, StringComparer.Ordinal)
        {
            [name] = [id],
        })], null);
    }
}
