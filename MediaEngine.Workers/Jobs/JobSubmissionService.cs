using System.Text.Json.Nodes;
using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Jobs;
using MediaEngine.Domain.Graph.Parameters;
using MediaEngine.Domain.Persistence;
using MediaEngine.Domain.Presets;
using MediaEngine.Pipelines.Catalog;
using MediaEngine.Pipelines.Execution;
using MediaEngine.Workers.Events;
using MediaEngine.Workers.Lanes;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Workers.Jobs;

/// <summary>
/// Accepts a job: validates the preset version, inputs, setting overrides and parameter values (reporting every problem
/// at once), stores the job as Queued with the exact preset version pinned and one pending row per node, and hands it
/// to Quartz. Production jobs only run versions of live presets: workbench drafts run as test runs, never in the queue.
/// </summary>
public sealed class JobSubmissionService(
    IDbContextFactory<MediaEngineDbContext> contexts,
    PresetResolver presets,
    NodeCatalog catalog,
    JobDispatcher dispatcher,
    JobEventBus bus,
    IAuditLog audit,
    TimeProvider clock)
{
    public async Task<Job> SubmitAsync(JobSubmission submission, AuditActor actor, CancellationToken cancellationToken)
    {
        var problems = new List<JobProblem>(submission.RequestProblems);
        if (!Enum.IsDefined(submission.Priority))
        {
            problems.Add(new JobProblem("priority", $"'{(int)submission.Priority}' is not a priority; use {JobSubmission.PriorityNames}."));
        }

        var version = await ResolveAsync(submission, problems, cancellationToken);
        var graph = version is null ? null : GraphOf(version, submission, problems);
        var assets = graph is null ? [] : await CheckInputsAsync(graph, submission.Inputs, problems, cancellationToken);
        if (graph is not null)
        {
            await CheckLibraryImagesAsync(graph, submission.Parameters, problems, cancellationToken);
        }
        if (problems.Count > 0)
        {
            throw new JobSubmissionException(problems);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var job = new Job
        {
            Id = submission.JobId ?? Guid.NewGuid(),
            PresetVersionId = version!.Id,
            PresetId = version.PresetId,
            Title = TitleOf(version, submission, assets),
            Priority = submission.Priority,
            Lane = LaneResolver.LaneFor(graph!, catalog, submission.IsTest),
            Attempt = submission.Attempt,
            PreviousAttemptId = submission.PreviousAttemptId,
            SubmittedById = actor.Id,
            ScheduleId = submission.ScheduleId,
            BatchId = submission.BatchId,
            IsTest = submission.IsTest,
            InputsJson = JobPayload.InputsToJson(submission.Inputs),
            SettingsJson = JobPayload.SettingsToJson(submission.Settings ?? new Dictionary<string, JsonNode?>(), submission.Parameters),
            CreatedAt = now,
        };
        job.NodeRuns.AddRange(graph!.Nodes.Select(n => new JobNodeRun { JobId = job.Id, NodeId = n.Id, NodeType = n.Type }));

        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            db.Jobs.Add(job);
            db.JobEvents.Add(new JobEvent { JobId = job.Id, Kind = JobEventKind.StateChanged, At = now, Message = $"Queued by {actor.Name} in lane {job.Lane}", DataJson = JobEventData.StateChanged(JobStatus.Queued) });
            await db.SaveChangesAsync(cancellationToken);
        }

        try
        {
            await dispatcher.EnqueueAsync(job, cancellationToken);
        }
        catch
        {
            await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
            await db.Jobs.Where(j => j.Id == job.Id).ExecuteDeleteAsync(CancellationToken.None);
            throw;
        }

        var target = $"job:{job.Id}";
        var details = $"preset={version.Preset?.Slug}@{version.Version}; lane={job.Lane}; priority={job.Priority}; attempt={job.Attempt}";
        await audit.WriteAsync(new AuditEntry(actor, submission.IsTest ? "job.test-submitted" : "job.submitted", target, details), cancellationToken);
        bus.Publish(new Events.JobEventMessage(job.Id, JobEventKind.StateChanged, now) { Status = job.Status, Message = "Queued" });
        return job;
    }

    private async Task<PresetVersion?> ResolveAsync(JobSubmission submission, List<JobProblem> problems, CancellationToken cancellationToken)
    {
        PresetReference reference;
        try
        {
            reference = PresetReference.Parse(submission.Preset);
        }
        catch (ArgumentException ex)
        {
            problems.Add(new JobProblem("preset", ex.Message));
            return null;
        }

        var version = await presets.ResolveAsync(reference, cancellationToken);
        if (version is null)
        {
            problems.Add(new JobProblem("preset", $"There is no preset '{reference}'."));
        }
        else if (!submission.IsTest && version.Preset is { } preset && (WorkbenchDrafts.IsDraft(preset.Slug) || (preset.ArchivedAt is not null && submission.PreviousAttemptId is null)))
        {
            problems.Add(new JobProblem("preset", WorkbenchDrafts.IsDraft(preset.Slug)
                ? $"'{reference}' is an unsaved workbench draft; drafts only run as test runs from the workbench. Save the graph as a preset version to run it."
                : $"The preset '{preset.Slug}' is archived, so its versions no longer run as jobs."));
            return null;
        }

        return version;
    }

    private PipelineGraph? GraphOf(PresetVersion version, JobSubmission submission, List<JobProblem> problems)
    {
        PipelineGraph graph;
        try
        {
            graph = PipelineGraphJson.Deserialize(version.GraphJson);
        }
        catch (GraphFormatException ex)
        {
            problems.Add(new JobProblem("preset", $"Version {version.Version} cannot be read: {ex.Message}"));
            return null;
        }

        foreach (var setting in submission.Settings ?? new Dictionary<string, JsonNode?>())
        {
            try
            {
                graph = SettingOverrides.Apply(graph, [setting]);
            }
            catch (ArgumentException ex)
            {
                problems.Add(new JobProblem($"settings.{setting.Key}", ex.Message));
            }
        }

        problems.AddRange(GraphValidator.Errors(GraphValidator.Validate(graph, catalog, submission.Parameters)).Select(p => new JobProblem(FieldOf(p), p.Message)));
        return graph;
    }

    /// <summary>Where a graph problem belongs in the answer: the parameter it is about, the node, or the graph.</summary>
    private static string FieldOf(GraphProblem problem) =>
        problem.Parameter is { } parameter && (problem.NodeId is null || problem.Code == GraphProblemCode.InvalidParameterValue) ? $"parameters.{parameter}"
        : problem.NodeId is null ? "graph"
        : $"settings.{problem.NodeId}";

    /// <summary>Every library image the run would read (a bound logo, an <c>image.asset</c> node) must be a live image asset.</summary>
    private async Task CheckLibraryImagesAsync(
        PipelineGraph graph, IReadOnlyDictionary<string, JsonNode?>? parameters, List<JobProblem> problems, CancellationToken cancellationToken)
    {
        var resolution = GraphParameters.Resolve(graph, parameters);
        var wanted = new List<(string Field, Guid Id)>();
        foreach (var node in resolution.Graph.Nodes)
        {
            foreach (var setting in catalog.Get(node.Type)?.Settings.Where(s => s.Editor == SettingEditor.ImageAsset) ?? [])
            {
                if (node.GetStringSetting(setting.Name) is { } text && Guid.TryParse(text, out var id))
                {
                    var parameter = resolution.ParameterOf(node.Id, setting.Name);
                    wanted.Add((parameter is null ? $"settings.{node.Id}.{setting.Name}" : $"parameters.{parameter}", id));
                }
            }
        }

        if (wanted.Count == 0)
        {
            return;
        }

        var ids = wanted.Select(w => w.Id).Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await db.Assets.AsNoTracking().Where(a => ids.Contains(a.Id) && a.DeletedAt == null).ToDictionaryAsync(a => a.Id, cancellationToken);
        foreach (var (field, id) in wanted.Distinct())
        {
            if (!found.TryGetValue(id, out var asset))
            {
                problems.Add(new JobProblem(field, $"There is no asset {id} in the library (it may have been deleted); choose another image."));
            }
            else if (asset.Kind != MediaKind.Image)
            {
                problems.Add(new JobProblem(field, $"'{asset.Name}' is {asset.Kind}; an image is needed here."));
            }
        }
    }

    private async Task<List<Asset>> CheckInputsAsync(
        PipelineGraph graph, IReadOnlyDictionary<string, IReadOnlyList<Guid>> inputs, List<JobProblem> problems, CancellationToken cancellationToken)
    {
        foreach (var unknown in inputs.Keys.Where(k => graph.Inputs.All(i => i.Name != k)))
        {
            problems.Add(new JobProblem($"inputs.{unknown}", $"The preset has no input '{unknown}'. Inputs: {string.Join(", ", graph.Inputs.Select(i => $"{i.Name} ({i.Kind})"))}."));
        }

        var unreadable = problems.Select(p => p.Field).ToHashSet(StringComparer.Ordinal);
        var ids = inputs.Values.SelectMany(v => v).Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var assets = await db.Assets.AsNoTracking().Where(a => ids.Contains(a.Id) && a.DeletedAt == null).ToDictionaryAsync(a => a.Id, cancellationToken);
        foreach (var input in graph.Inputs)
        {
            var field = $"inputs.{input.Name}";
            var given = inputs.GetValueOrDefault(input.Name) ?? [];
            if (unreadable.Contains(field))
            {
                continue; // the request's own problem with this input says it already
            }

            if (given.Count == 0)
            {
                problems.Add(new JobProblem(field, $"No asset given for the input '{input.Name}' ({input.Kind})."));
                continue;
            }

            if (given.Count > 1 && !GraphInputCardinality.TakesMany(graph, input, catalog))
            {
                problems.Add(new JobProblem(field, $"The input '{input.Name}' takes one {input.Kind} asset; {given.Count} were given (submit one job per asset)."));
            }

            foreach (var id in given)
            {
                if (!assets.TryGetValue(id, out var asset))
                {
                    problems.Add(new JobProblem(field, $"There is no asset {id}."));
                }
                else if (!PortKindMedia.Accepts(input.Kind, asset.Kind))
                {
                    problems.Add(new JobProblem(field, $"'{asset.Name}' is {asset.Kind}; the input '{input.Name}' takes {input.Kind}."));
                }
            }
        }

        return [.. ids.Where(assets.ContainsKey).Select(id => assets[id])];
    }

    private static string TitleOf(PresetVersion version, JobSubmission submission, List<Asset> assets)
    {
        var name = version.Preset?.Name ?? "Job";
        var first = submission.Inputs.Values.SelectMany(v => v).Select(id => assets.FirstOrDefault(a => a.Id == id)?.Name).FirstOrDefault(n => n is not null);
        var more = submission.Inputs.Values.Sum(v => v.Count) - 1;
        var title = first is null ? name : more > 0 ? $"{name} · {first} +{more}" : $"{name} · {first}";
        return title.Length > 400 ? title[..400] : title;
    }
}
