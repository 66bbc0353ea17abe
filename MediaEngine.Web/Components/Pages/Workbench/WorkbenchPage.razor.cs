using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Graph.Editing;
using MediaEngine.Domain.Graph.Parameters;
using MediaEngine.Domain.Persistence;
using MediaEngine.Domain.Presets;
using MediaEngine.Pipelines.Catalog;
using MediaEngine.Web.Auth;
using MediaEngine.Web.Components.Workbench;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.JSInterop;
using MudBlazor;

namespace MediaEngine.Web.Components.Pages.Workbench;

/// <summary>
/// The visual editor. The graph lives in a <see cref="GraphEditor"/> on the server: the canvas, palette, settings form
/// and panels report what the person did, the editor applies it (or refuses with a reason shown in a snackbar), and
/// every part is drawn again from the editor's graph. Saving adds an immutable preset version.
/// </summary>
public partial class WorkbenchPage
{
    private static readonly GraphPosition PasteOffset = new(40, 40);
    private WorkbenchSession? _session;
    private WorkbenchCanvas? _canvas;
    private GraphClipboard? _clipboard;
    private string? _loadedSlug;
    private int _loads;
    private string? _slug;
    private string? _name;
    private bool _isSystem;
    private int _version;
    private string? _loadError;
    private bool _saveOpen;
    private IReadOnlyList<string> _saveProblems = [];
    private TestRunView? _testRun;
    private (TestRunView? Run, PipelineGraph? Graph, IReadOnlySet<string> Stale, IReadOnlyDictionary<string, CanvasNodeState>? States) _shownRun = (null, null, new HashSet<string>(), null);

    /// <summary>The preset to edit; none starts an empty graph.</summary>
    [Parameter]
    public string? Slug { get; set; }

    [Inject]
    private IDbContextFactory<MediaEngineDbContext> Contexts { get; set; } = default!;

    [Inject]
    private NodeCatalog Catalog { get; set; } = default!;

    [Inject]
    private PresetCatalog Presets { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    private string Title => _slug is null ? "New pipeline" : $"{_name} · {_slug}@{_version}{(_isSystem ? " (system, read-only: save as a new preset)" : string.Empty)}";

    private string? TestRunBlocked => Editor is null ? null
        : GraphValidator.Errors(Editor.Problems) is { Count: > 0 } errors ? $"Fix the {errors.Count} problem(s) listed below first."
        : null;

    private IReadOnlySet<string> ProblemNodes => Editor?.Problems.Where(p => p.IsError).Select(p => p.NodeId).OfType<string>().ToHashSet() ?? [];

    /// <summary>The nodes whose test-run result no longer applies: changed since the run, or fed by one that did.</summary>
    private IReadOnlySet<string> StaleNodes => ShownRun().Stale;

    /// <summary>The test run's node states for the canvas, without those of stale nodes (the same instance until something changes).</summary>
    private IReadOnlyDictionary<string, CanvasNodeState>? CurrentStates => ShownRun().States;

    private (TestRunView? Run, PipelineGraph? Graph, IReadOnlySet<string> Stale, IReadOnlyDictionary<string, CanvasNodeState>? States) ShownRun()
    {
        var graph = Editor?.Graph;
        if (!ReferenceEquals(_shownRun.Run, _testRun) || !ReferenceEquals(_shownRun.Graph, graph))
        {
            var stale = _testRun is null || graph is null ? new HashSet<string>() : GraphChanges.StaleSince(_testRun.Graph, graph);
            var states = _testRun?.States.Where(s => !stale.Contains(s.Key)).ToDictionary(s => s.Key, s => s.Value);
            _shownRun = (_testRun, graph, stale, states);
        }

        return _shownRun;
    }

    private IReadOnlyList<GraphProblem> ProblemsOf(string nodeId) => [.. Editor?.Problems.Where(p => p.NodeId == nodeId) ?? []];

    private IReadOnlyList<string> OutputPorts => Editor is null ? [] :
        [.. Editor.Graph.Nodes.SelectMany(n => (Catalog.Find(n.Type)?.Outputs ?? []).Select(p => $"{n.Id}.{p.Name}"))];

    private GraphEditor? Editor => _session?.Editor;

    /// <summary>
    /// Loads the preset the address names. After saving a new preset the page navigates to its address itself: that
    /// preset is already being edited, so the editor (with its undo history), the selection and the test run stay.
    /// </summary>
    protected override async Task OnParametersSetAsync()
    {
        if (_session is not null && _loadError is null && Slug is not null && Slug == _loadedSlug)
        {
            return;
        }

        _loadError = null;
        if (Slug is null)
        {
            (_slug, _name, _isSystem, _version) = (null, null, false, 0);
            Load(new PipelineGraph("untitled", null, [], [], [], []), null);
            return;
        }

        await using var db = await Contexts.CreateDbContextAsync();
        var latest = await db.PresetVersions.AsNoTracking().Include(v => v.Preset)
            .FirstOrDefaultAsync(v => v.Preset!.Slug == Slug && v.Preset.ArchivedAt == null && v.Version == v.Preset.LatestVersion);
        if (latest is null)
        {
            _loadError = $"There is no preset '{Slug}'. Open one from the Presets page, or start a new pipeline.";
            return;
        }

        try
        {
            Load(PipelineGraphJson.Deserialize(latest.GraphJson), Slug);
            (_slug, _name, _isSystem, _version) = (latest.Preset!.Slug, latest.Preset.Name, latest.Preset.IsSystem, latest.Version);
        }
        catch (GraphFormatException ex)
        {
            _loadError = $"Version {latest.Version} of '{Slug}' cannot be read: {ex.Message}";
        }
    }

    /// <summary>Another graph: a fresh editor, nothing selected, and no test run (its results belong to the graph before).</summary>
    private void Load(PipelineGraph graph, string? slug)
    {
        _session = new WorkbenchSession(new GraphEditor(graph, Catalog));
        _loadedSlug = slug;
        _testRun = null;
        _saveOpen = false;
        _saveProblems = [];
        _loads++;
    }

    /// <summary>Applies one gesture; a refusal is said in a snackbar and changes nothing.</summary>
    private void Apply(Func<GraphEditor, EditResult> gesture) => Said(_session?.Apply(gesture));

    private void Said(EditResult? result)
    {
        if (result is { Applied: false })
        {
            Snackbar.Add(result.Refusal ?? "That change was refused.", Severity.Warning);
        }
    }

    private void MoveAsync(IReadOnlyDictionary<string, GraphPosition> moved) => Apply(e => e.MoveNodes(moved));

    /// <summary>A refused connection was already drawn by X6 while dragging: draw the graph again without it.</summary>
    private async Task ConnectAsync(GraphEdge edge)
    {
        Apply(e => e.Connect(edge.From, edge.To));
        if (Editor?.Graph.Edges.Contains(edge) != true && _canvas is not null)
        {
            await _canvas.RedrawAsync();
        }
    }

    /// <summary>What the person selected on the canvas.</summary>
    private void Select(WorkbenchSelection selection) => _session?.Select(selection);

    /// <summary>A problem was clicked: select its node (the canvas shows the selection once drawn again).</summary>
    private void SelectNodeAsync(string nodeId) => _session?.Select(WorkbenchSelection.OfNodes([nodeId]));

    private void DropAsync((string Type, GraphPosition At) drop) => Apply(e => e.AddNode(drop.Type, drop.At));

    private void AddAtCentreAsync(string type)
    {
        var count = Editor?.Graph.Nodes.Count ?? 0;
        Apply(e => e.AddNode(type, new GraphPosition(40 + count % 4 * 240, 40 + count / 4 * 120)));
    }

    private void SetSettingsAsync(string nodeId, System.Text.Json.Nodes.JsonObject settings) => Apply(e => e.SetSettings(nodeId, settings));

    private void SetInputsAsync(IReadOnlyList<GraphInput> inputs) => Apply(e => e.SetInputs(inputs));

    private void SetOutputsAsync(IReadOnlyList<GraphOutput> outputs) => Apply(e => e.SetOutputs(outputs));

    private void SetParametersAsync(IReadOnlyList<GraphParameter> parameters) => Apply(e => e.SetParameters(parameters));

    private void RemoveParameterAsync(string name) => Apply(e => e.RemoveParameter(name));

    private void AddBrandKitAsync() => Apply(e => e.AddBrandKit());

    private void UndoAsync() => _session?.Undo();

    private void RedoAsync() => _session?.Redo();

    private void DeleteSelectedAsync() => Said(_session?.DeleteSelection());

    private void AutoLayoutAsync() => Apply(e => e.AutoLayout());

    private async Task ZoomToFitAsync()
    {
        if (_canvas is not null)
        {
            await _canvas.ZoomToFitAsync();
        }
    }

    /// <summary>A keyboard command on the canvas; like the toolbar, it acts on the selection held here.</summary>
    private void CommandAsync(string command)
    {
        switch (command)
        {
            case "delete":
                DeleteSelectedAsync();
                break;
            case "undo":
                UndoAsync();
                break;
            case "redo":
                RedoAsync();
                break;
            case "copy" when _session?.CopySelection() is { } copied:
                _clipboard = copied;
                break;
            case "paste" when _clipboard is not null:
                Apply(e => e.Paste(_clipboard, PasteOffset));
                break;
        }
    }

    private async Task SaveAsync(WorkbenchSaveRequest request)
    {
        if (Editor is null)
        {
            return;
        }

        var actor = PrincipalFactory.ToActor((await Authentication.GetAuthenticationStateAsync()).User);
        try
        {
            var saved = await SaveGraphAsync(Editor.Graph, request, actor);
            Editor.MarkSaved();
            _saveOpen = false;
            _saveProblems = [];
            Snackbar.Add($"Saved {saved.Preset!.Slug}@{saved.Version}.", Severity.Success);
            var created = saved.Preset.Slug != _slug;
            (_slug, _name, _isSystem, _version) = (saved.Preset.Slug, saved.Preset.Name, saved.Preset.IsSystem, saved.Version);
            if (created)
            {
                _loadedSlug = _slug; // the editor goes on with the new preset: its address must not load it again
                Navigation.NavigateTo($"/workbench/{_slug}");
            }
        }
        catch (PresetUnchangedException ex)
        {
            Editor.MarkSaved();
            _saveOpen = false;
            _saveProblems = [];
            Snackbar.Add(ex.Message, Severity.Info);
        }
        catch (PresetException ex)
        {
            _saveProblems = ex.Problems.Count > 0 ? ex.Problems : [ex.Message];
        }
    }

    /// <summary>A new version of the user preset being edited, or a new preset (with the note) for a new graph or a system preset.</summary>
    private async Task<PresetVersion> SaveGraphAsync(PipelineGraph graph, WorkbenchSaveRequest request, AuditActor actor)
    {
        if (_slug is not null && !_isSystem)
        {
            return await Presets.SaveVersionAsync(_slug, PipelineGraphJson.Serialize(graph), request.Note, actor);
        }

        var name = request.Name?.Trim() ?? string.Empty;
        var slug = string.IsNullOrWhiteSpace(request.Slug) ? await Presets.SuggestSlugAsync(name) : request.Slug.Trim();
        return await Presets.CreateAsync(name, slug, PipelineGraphJson.Serialize(graph), request.Note, actor);
    }

    private async Task OnBeforeNavigationAsync(LocationChangingContext context)
    {
        if (Editor?.IsDirty == true
            && !await JS.InvokeAsync<bool>("confirm", "The workbench has unsaved changes. Leave and lose them?"))
        {
            context.PreventNavigation();
        }
    }
}
