using System.Text.Json;
using System.Text.Json.Nodes;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Graph.Parameters;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Artifacts;
using MediaEngine.Pipelines.Catalog;
using MediaEngine.Pipelines.Execution;
using MediaEngine.Pipelines.Presets;

namespace MediaEngine.Workers.Cli;

/// <summary>
/// Carries out <c>mediaengine run</c>: loads and validates the preset, expands a batch (one run per file of a
/// single-item input), runs each with the DAG executor, copies the outputs to the output folder and reports.
/// Exit codes: 0 all succeeded, 1 a run failed, 2 the request itself is invalid.
/// </summary>
public sealed class PipelineRunService(DagExecutor executor, ArtifactStore store, NodeCatalog catalog, SystemPresetLibrary presets)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public async Task<int> RunAsync(RunInvocation run, CancellationToken cancellationToken)
    {
        PipelineGraph graph;
        IReadOnlyList<RunPlan> plans;
        Dictionary<string, JsonNode?> parameters;
        try
        {
            graph = SettingOverrides.Apply(LoadPreset(run.Preset), run.Settings.Select(SettingOverrides.Parse));
            parameters = ParseParameters(run.Parameters);
            var problems = GraphValidator.Errors(GraphValidator.Validate(graph, catalog, parameters));
            if (problems.Count > 0)
            {
                throw new PipelineValidationException(problems);
            }

            plans = RunPlanner.Plan(graph, run.Inputs);
        }
        catch (Exception ex) when (ex is ArgumentException or GraphFormatException or KeyNotFoundException or IOException or PipelineValidationException)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return 2;
        }

        var runs = new RunSummary.Run[plans.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, plans.Count),
            new ParallelOptions { MaxDegreeOfParallelism = run.Parallelism, CancellationToken = cancellationToken },
            async (index, ct) => runs[index] = await RunOneAsync(graph, parameters, plans[index], run, plans.Count > 1, ct));

        var summary = new RunSummary(graph.Name, runs.All(r => r.Succeeded), runs);
        await Console.Error.WriteLineAsync($"{runs.Count(r => r.Succeeded)} of {runs.Length} run(s) succeeded; outputs in {run.OutputFolder}");
        if (run.Json)
        {
            Console.WriteLine(JsonSerializer.Serialize(summary, Json));
        }

        return summary.Succeeded ? 0 : 1;
    }

    /// <summary><c>name=value</c> pairs; the value is JSON when it parses as JSON, text otherwise (so <c>accent=#ff5500</c> works unquoted).</summary>
    private static Dictionary<string, JsonNode?> ParseParameters(IEnumerable<string> assignments)
    {
        var values = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var assignment in assignments)
        {
            var equals = assignment.IndexOf('=');
            if (equals <= 0)
            {
                throw new ArgumentException($"--param '{assignment}' is not of the form name=value.");
            }

            values[assignment[..equals].Trim()] = ParameterValues.Parse(assignment[(equals + 1)..]);
        }

        return values;
    }

    private async Task<RunSummary.Run> RunOneAsync(
        PipelineGraph graph, IReadOnlyDictionary<string, JsonNode?> parameters, RunPlan plan, RunInvocation run, bool batch, CancellationToken cancellationToken)
    {
        var observer = new ConsoleRunObserver(plan.Label, Console.Error);
        try
        {
            var inputs = new Dictionary<string, IReadOnlyList<ArtifactRef>>();
            foreach (var (name, files) in plan.Files)
            {
                var kind = graph.Inputs.Single(i => i.Name == name).Kind;
                var stored = new List<ArtifactRef>();
                foreach (var file in files)
                {
                    stored.Add(await store.ImportSourceAsync(file, kind == PortKind.ImageSet ? PortKind.Image : kind, cancellationToken));
                }

                inputs[name] = stored;
            }

            var result = await executor.RunAsync(new PipelineRunRequest(graph, inputs) { UseCache = run.UseCache, Parameters = parameters }, observer, cancellationToken);
            var folder = batch ? Path.Combine(run.OutputFolder, plan.Label) : run.OutputFolder;
            var outputs = WriteOutputs(result, folder);
            var nodes = result.Nodes.Values
                .OrderBy(n => graph.Nodes.ToList().FindIndex(g => g.Id == n.NodeId))
                .Select(n => new RunSummary.Node(n.NodeId, n.TypeId, n.State.ToString(), Math.Round(n.Duration.TotalMilliseconds, 1), n.CacheHit, n.Error))
                .ToList();
            var error = result.Failures.Select(f => $"{f.NodeId}: {f.Error}").FirstOrDefault();
            return new RunSummary.Run(plan.Label, result.Succeeded, outputs, nodes, error);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            observer.NodeLog("run", ex.Message);
            return new RunSummary.Run(plan.Label, false, [], [], ex.Message);
        }
    }

    private static List<RunSummary.OutputFile> WriteOutputs(PipelineRunResult result, string folder)
    {
        Directory.CreateDirectory(folder);
        var written = new List<RunSummary.OutputFile>();
        foreach (var (name, artifacts) in result.Outputs)
        {
            for (var i = 0; i < artifacts.Count; i++)
            {
                var artifact = artifacts[i];
                var target = Path.Combine(folder, $"{name}{(artifacts.Count > 1 ? $"-{i + 1}" : string.Empty)}{Path.GetExtension(artifact.Path)}");
                File.Copy(artifact.Path, target, overwrite: true);
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
                }

                written.Add(new RunSummary.OutputFile(name, target, artifact.Sha256, artifact.SizeBytes, artifact.MimeType, artifact.Width, artifact.Height, artifact.DurationSeconds));
            }
        }

        return written;
    }

    private PipelineGraph LoadPreset(string preset) =>
        File.Exists(preset) ? PipelineGraphJson.Deserialize(File.ReadAllText(preset))
        : presets.Contains(preset) ? presets.Get(preset)
        : throw new KeyNotFoundException($"'{preset}' is neither a graph JSON file nor a known preset ({string.Join(", ", presets.Ids)}).");
}
