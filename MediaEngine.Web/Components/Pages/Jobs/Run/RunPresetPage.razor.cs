using System.Text.Json.Nodes;
using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Graph.Parameters;
using MediaEngine.Domain.Persistence;
using MediaEngine.Pipelines.Catalog;
using MediaEngine.Web.Auth;
using MediaEngine.Workers.Jobs;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace MediaEngine.Web.Components.Pages.Jobs.Run;

/// <summary>
/// Submits a preset as jobs from the browser: pick the preset and the version to pin (the latest unless asked), choose
/// or upload the assets for each graph input, set the preset's parameters (brand kit) for this run, pick a priority.
/// Several files chosen for a one-file input run one job per file (<see cref="RunBatch"/>), grouped as a batch.
/// <c>?preset=slug&amp;version=N</c> opens a version; <c>?from={job id}</c> opens the preset version and input assets of
/// an earlier job ("run again with these inputs"). Every problem a submission finds is shown at once, next to the input
/// or parameter it concerns.
/// </summary>
public partial class RunPresetPage
{
    private readonly Dictionary<string, IReadOnlyList<Asset>> _chosen = [];
    private readonly Dictionary<string, JsonNode?> _parameters = new(StringComparer.Ordinal);
    private IReadOnlyList<PresetChoice>? _presets;
    private IReadOnlyList<int> _versions = [];
    private string? _slug;
    private int _version;
    private PipelineGraph? _graph;
    private string? _loadError;
    private string? _fromNote;
    private JobPriority _priority = JobPriority.Normal;
    private IReadOnlyList<JobProblem> _problems = [];
    private List<JobProblem> _otherProblems = [];
    private AuditActor _actor = default!;
    private bool _busy;

    /// <summary>The preset to start with, by slug (<c>/jobs/new?preset=web-images</c>).</summary>
    [SupplyParameterFromQuery(Name = "preset")]
    public string? Preset { get; set; }

    /// <summary>The version to pin instead of the latest.</summary>
    [SupplyParameterFromQuery(Name = "version")]
    public int? Version { get; set; }

    /// <summary>An earlier job whose preset version and inputs to start with.</summary>
    [SupplyParameterFromQuery(Name = "from")]
    public Guid? From { get; set; }

    [Inject]
    private IDbContextFactory<MediaEngineDbContext> Contexts { get; set; } = default!;

    [Inject]
    private JobSubmissionService Submissions { get; set; } = default!;

    [Inject]
    private NodeCatalog NodeTypes { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private int JobCount => _graph is null ? 0 : RunBatch.Expand(_graph, ChosenIds(), NodeTypes).Jobs.Count;

    private string SubmitText => JobCount > 1 ? $"Run {JobCount} jobs of {_slug}@{_version}" : $"Run {_slug}@{_version}";

    protected override async Task OnInitializedAsync()
    {
        _actor = PrincipalFactory.ToActor((await Authentication.GetAuthenticationStateAsync()).User);
        await using var db = await Contexts.CreateDbContextAsync();
        _presets = await db.Presets.AsNoTracking()
            .Where(p => p.ArchivedAt == null && p.LatestVersion > 0)
            .OrderBy(p => p.Name)
            .Select(p => new PresetChoice(p.Slug, p.Name, p.LatestVersion))
            .ToListAsync();
        var again = From is { } jobId
            ? await db.Jobs.AsNoTracking().Where(j => j.Id == jobId)
                .Select(j => new { j.Title, j.PresetVersion!.Preset!.Slug, j.PresetVersion.Version, j.InputsJson, j.SettingsJson }).FirstOrDefaultAsync()
            : null;
        if (From is not null && again is null)
        {
            _fromNote = "The job to run again no longer exists; choose the preset and files yourself.";
        }

        var wanted = again?.Slug ?? Preset;
        var start = _presets.FirstOrDefault(p => p.Slug == wanted) ?? _presets.FirstOrDefault();
        if (start is null)
        {
            return;
        }

        await SelectPresetAsync(start.Slug, start.Slug == wanted ? again?.Version ?? Version : null);
        if (again is not null && start.Slug == again.Slug)
        {
            await PrefillAsync(db, again.Title, JobPayload.InputsFromJson(again.InputsJson));
            PrefillParameters(JobPayload.ParametersFromJson(again.SettingsJson));
        }
    }

    /// <summary>Chooses the earlier job's assets again, saying which are gone.</summary>
    private async Task PrefillAsync(MediaEngineDbContext db, string title, IReadOnlyDictionary<string, IReadOnlyList<Guid>> inputs)
    {
        var ids = inputs.Values.SelectMany(v => v).Distinct().ToList();
        var assets = await db.Assets.AsNoTracking().Where(a => ids.Contains(a.Id) && a.DeletedAt == null).ToDictionaryAsync(a => a.Id);
        var missing = 0;
        foreach (var (name, given) in inputs)
        {
            if (_graph?.Inputs.Any(i => i.Name == name) != true)
            {
                continue;
            }

            _chosen[name] = [.. given.Where(assets.ContainsKey).Select(id => assets[id])];
            missing += given.Count(id => !assets.ContainsKey(id));
        }

        _fromNote = missing == 0
            ? $"The preset version and files of '{title}' are chosen; change anything before running it again."
            : $"The preset version and files of '{title}' are chosen, but {missing} of its files were deleted; choose others for them.";
    }

    /// <summary>Takes the earlier job's parameter values again, for the parameters this version still declares.</summary>
    private void PrefillParameters(IReadOnlyDictionary<string, JsonNode?> values)
    {
        foreach (var (name, value) in values)
        {
            if (_graph?.Parameters.Any(p => p.Name == name) == true)
            {
                _parameters[name] = value?.DeepClone();
            }
        }
    }

    private async Task SelectPresetAsync(string? slug) => await SelectPresetAsync(slug, null);

    private async Task SelectPresetAsync(string? slug, int? version)
    {
        _slug = slug;
        _graph = null;
        _loadError = null;
        _versions = [];
        _chosen.Clear();
        _parameters.Clear();
        SetProblems([]);
        if (slug is null)
        {
            return;
        }

        await using var db = await Contexts.CreateDbContextAsync();
        _versions = await db.PresetVersions.AsNoTracking().Where(v => v.Preset!.Slug == slug).OrderByDescending(v => v.Version).Select(v => v.Version).ToListAsync();
        await LoadVersionAsync(db, version is { } v && _versions.Contains(v) ? v : _versions.FirstOrDefault());
    }

    private async Task SelectVersionAsync(int version)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        await LoadVersionAsync(db, version);

        // Files already chosen stay chosen for the inputs this version still has.
        foreach (var name in _chosen.Keys.Where(n => _graph?.Inputs.Any(i => i.Name == n) != true).ToList())
        {
            _chosen.Remove(name);
        }
    }

    private async Task LoadVersionAsync(MediaEngineDbContext db, int version)
    {
        SetProblems([]);
        var row = await db.PresetVersions.AsNoTracking()
            .Where(v => v.Preset!.Slug == _slug && v.Version == version)
            .Select(v => new { v.Version, v.GraphJson })
            .FirstOrDefaultAsync();
        if (row is null)
        {
            (_graph, _loadError) = (null, $"The preset '{_slug}' has no version to run.");
            return;
        }

        try
        {
            _graph = PipelineGraphJson.Deserialize(row.GraphJson);
            _version = row.Version;
            _loadError = null;
        }
        catch (GraphFormatException ex)
        {
            (_graph, _loadError) = (null, $"Version {row.Version} of '{_slug}' cannot be read: {ex.Message}");
        }
    }

    private IReadOnlyList<Asset> ChosenFor(string input) => _chosen.GetValueOrDefault(input) ?? [];

    private Dictionary<string, IReadOnlyList<Guid>> ChosenIds() =>
        _chosen.ToDictionary(c => c.Key, c => (IReadOnlyList<Guid>)[.. c.Value.Select(a => a.Id)], StringComparer.Ordinal);

    private string? ProblemFor(string input) => ProblemAt(input.StartsWith("parameters.", StringComparison.Ordinal) ? input : $"inputs.{input}");

    private string? ProblemAt(string field)
    {
        var messages = _problems.Where(p => p.Field == field).Select(p => p.Message).ToList();
        return messages.Count == 0 ? null : string.Join(" ", messages);
    }

    private void SetProblems(IReadOnlyList<JobProblem> problems)
    {
        _problems = problems;
        var shown = (_graph?.Inputs.Select(i => $"inputs.{i.Name}") ?? []).Concat(_graph?.Parameters.Select(p => $"parameters.{p.Name}") ?? []).ToHashSet();
        _otherProblems = [.. problems.Where(p => !shown.Contains(p.Field))];
    }

    /// <summary>The value a parameter will run with: the one set here, else the preset's default.</summary>
    private JsonNode? ValueOf(GraphParameter parameter) => _parameters.TryGetValue(parameter.Name, out var value) ? value : parameter.Default;

    /// <summary>Remembers a value for this job; the preset's own default is not sent again.</summary>
    private void SetParameter(GraphParameter parameter, JsonNode? value)
    {
        if (JsonNode.DeepEquals(value, parameter.Default))
        {
            _parameters.Remove(parameter.Name);
        }
        else
        {
            _parameters[parameter.Name] = value;
        }
    }

    private async Task SubmitAsync()
    {
        if (_slug is null || _graph is null)
        {
            return;
        }

        var (jobs, problem) = RunBatch.Expand(_graph, ChosenIds(), NodeTypes);
        if (problem is not null)
        {
            SetProblems([new JobProblem("inputs", problem)]);
            return;
        }

        _busy = true;
        var batch = jobs.Count > 1 ? Guid.NewGuid() : (Guid?)null;
        var queued = new List<Job>();
        try
        {
            foreach (var inputs in jobs)
            {
                var submission = new JobSubmission($"{_slug}@{_version}", inputs, null, _priority, new Dictionary<string, JsonNode?>(_parameters)) { BatchId = batch };
                queued.Add(await Submissions.SubmitAsync(submission, _actor, CancellationToken.None));
            }

            Snackbar.Add(queued.Count == 1 ? $"Queued '{queued[0].Title}'." : $"Queued {queued.Count} jobs of {_slug}@{_version}, one per file.", Severity.Success);
            Navigation.NavigateTo(queued.Count == 1 ? $"/jobs/{queued[0].Id}" : "/jobs");
        }
        catch (JobSubmissionException ex)
        {
            SetProblems(queued.Count == 0
                ? ex.Problems
                : [.. ex.Problems, new JobProblem("batch", $"{queued.Count} of the {jobs.Count} jobs were queued before this problem; they run.")]);
        }
        catch (Quartz.SchedulerException ex)
        {
            SetProblems([new JobProblem("scheduler", $"The job could not be queued: {ex.Message}")]);
        }
        finally
        {
            _busy = false;
        }
    }

    /// <summary>A preset that can be run, with the version a job pins by default.</summary>
    private sealed record PresetChoice(string Slug, string Name, int LatestVersion);
}
