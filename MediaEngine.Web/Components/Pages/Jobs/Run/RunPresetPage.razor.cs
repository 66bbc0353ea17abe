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
/// Submits a preset as a job from the browser: pick the preset (its latest version is pinned), choose or upload the
/// assets for each graph input, set the preset's parameters (brand kit) for this job, pick a priority. Every problem the submission finds is shown at once, next to the
/// input it concerns; a queued job opens its live detail page.
/// </summary>
public partial class RunPresetPage
{
    private readonly Dictionary<string, IReadOnlyList<Asset>> _chosen = [];
    private readonly Dictionary<string, JsonNode?> _parameters = new(StringComparer.Ordinal);
    private IReadOnlyList<PresetChoice>? _presets;
    private string? _slug;
    private int _version;
    private PipelineGraph? _graph;
    private string? _loadError;
    private JobPriority _priority = JobPriority.Normal;
    private IReadOnlyList<JobProblem> _problems = [];
    private List<JobProblem> _otherProblems = [];
    private AuditActor _actor = default!;
    private bool _busy;

    /// <summary>The preset to start with, by slug (<c>/jobs/new?preset=web-images</c>).</summary>
    [SupplyParameterFromQuery(Name = "preset")]
    public string? Preset { get; set; }

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

    protected override async Task OnInitializedAsync()
    {
        _actor = PrincipalFactory.ToActor((await Authentication.GetAuthenticationStateAsync()).User);
        await using var db = await Contexts.CreateDbContextAsync();
        _presets = await db.Presets.AsNoTracking()
            .Where(p => p.ArchivedAt == null && p.LatestVersion > 0)
            .OrderBy(p => p.Name)
            .Select(p => new PresetChoice(p.Slug, p.Name, p.LatestVersion))
            .ToListAsync();
        var start = _presets.FirstOrDefault(p => p.Slug == Preset) ?? _presets.FirstOrDefault();
        if (start is not null)
        {
            await SelectPresetAsync(start.Slug);
        }
    }

    private async Task SelectPresetAsync(string? slug)
    {
        _slug = slug;
        _graph = null;
        _loadError = null;
        _chosen.Clear();
        _parameters.Clear();
        SetProblems([]);
        if (slug is null)
        {
            return;
        }

        await using var db = await Contexts.CreateDbContextAsync();
        var version = await db.PresetVersions.AsNoTracking()
            .Where(v => v.Preset!.Slug == slug && v.Version == v.Preset.LatestVersion)
            .Select(v => new { v.Version, v.GraphJson })
            .FirstOrDefaultAsync();
        if (version is null)
        {
            _loadError = $"The preset '{slug}' has no version to run.";
            return;
        }

        try
        {
            _graph = PipelineGraphJson.Deserialize(version.GraphJson);
            _version = version.Version;
        }
        catch (GraphFormatException ex)
        {
            _loadError = $"Version {version.Version} of '{slug}' cannot be read: {ex.Message}";
        }
    }

    private IReadOnlyList<Asset> ChosenFor(string input) => _chosen.GetValueOrDefault(input) ?? [];

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

        _busy = true;
        try
        {
            var inputs = _chosen.ToDictionary(c => c.Key, c => (IReadOnlyList<Guid>)[.. c.Value.Select(a => a.Id)]);
            var job = await Submissions.SubmitAsync(
                new JobSubmission($"{_slug}@{_version}", inputs, null, _priority, new Dictionary<string, JsonNode?>(_parameters)), _actor, CancellationToken.None);
            Snackbar.Add($"Queued '{job.Title}'.", Severity.Success);
            Navigation.NavigateTo($"/jobs/{job.Id}");
        }
        catch (JobSubmissionException ex)
        {
            SetProblems(ex.Problems);
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

    /// <summary>A preset that can be run, with the version a job would pin.</summary>
    private sealed record PresetChoice(string Slug, string Name, int LatestVersion);
}
