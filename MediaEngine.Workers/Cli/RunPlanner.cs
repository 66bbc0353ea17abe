using MediaEngine.Domain.Graph;

namespace MediaEngine.Workers.Cli;

/// <summary>
/// Turns <c>--input name=path</c> arguments into runs. A folder means its files (sorted, hidden ones left out).
/// An ImageSet input takes all its files in one run; a single-item input given several files makes a batch,
/// one run per file (only one input may do that).
/// </summary>
public static class RunPlanner
{
    public static IReadOnlyList<RunPlan> Plan(PipelineGraph graph, IEnumerable<string> assignments)
    {
        var files = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var assignment in assignments)
        {
            var equals = assignment.IndexOf('=');
            if (equals <= 0)
            {
                throw new ArgumentException($"--input '{assignment}' is not of the form name=path.");
            }

            var name = assignment[..equals];
            if (graph.Inputs.All(i => i.Name != name))
            {
                throw new ArgumentException($"The preset has no input '{name}'. Inputs: {string.Join(", ", graph.Inputs.Select(i => $"{i.Name} ({i.Kind})"))}.");
            }

            var list = files.TryGetValue(name, out var existing) ? existing : files[name] = [];
            list.AddRange(Expand(assignment[(equals + 1)..]));
        }

        foreach (var input in graph.Inputs.Where(i => !files.ContainsKey(i.Name)))
        {
            throw new ArgumentException($"No file given for the input '{input.Name}' ({input.Kind}); add --input {input.Name}=<path>.");
        }

        var batched = graph.Inputs.Where(i => i.Kind != PortKind.ImageSet && files[i.Name].Count > 1).ToList();
        if (batched.Count > 1)
        {
            throw new ArgumentException($"Only one single-item input may be given several files; {string.Join(" and ", batched.Select(b => b.Name))} both are.");
        }

        if (batched.Count == 0)
        {
            return [new RunPlan(Label(files.Values.First()[0]), Freeze(files))];
        }

        var batch = batched[0].Name;
        var labels = new HashSet<string>(StringComparer.Ordinal);
        return files[batch].Select(file =>
        {
            var label = Label(file);
            for (var n = 2; !labels.Add(label); n++)
            {
                label = $"{Label(file)}-{n}";
            }

            var runFiles = Freeze(files);
            runFiles[batch] = [file];
            return new RunPlan(label, runFiles);
        }).ToList();
    }

    private static IEnumerable<string> Expand(string path)
    {
        if (Directory.Exists(path))
        {
            var inFolder = Directory.EnumerateFiles(path)
                .Where(f => !Path.GetFileName(f).StartsWith('.'))
                .Order(StringComparer.Ordinal)
                .ToList();
            return inFolder.Count > 0 ? inFolder : throw new ArgumentException($"The folder '{path}' has no files.");
        }

        return File.Exists(path) ? [Path.GetFullPath(path)] : throw new FileNotFoundException($"The input '{path}' does not exist.", path);
    }

    private static Dictionary<string, IReadOnlyList<string>> Freeze(Dictionary<string, List<string>> files) =>
        files.ToDictionary(f => f.Key, f => (IReadOnlyList<string>)f.Value.ToList());

    private static string Label(string file) => Path.GetFileNameWithoutExtension(file);
}
