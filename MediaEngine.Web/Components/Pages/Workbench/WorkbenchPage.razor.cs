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
    private GraphEditor? _editor;
    private WorkbenchCanvas? _canvas;
    private IReadOnlyList<string> _selected = [];
    private GraphClipboard? _clipboard;
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

    private string? TestRunBlocked => _editor is null ? null
        : GraphValidator.Errors(_editor.Problems) is { Count: > 0 } errors ? $"Fix the {errors.Count} problem(s) listed below first."
        : null;

    private GraphNode? SelectedNode => _selected.Count == 1 ? _editor?.Graph.FindNode(_selected[0]) : null;

    private IReadOnlySet<string> ProblemNodes => _editor?.Problems.Where(p => p.IsError).Select(p => p.NodeId).OfType<string>().ToHashSet() ?? [];

    /// <summary>The nodes whose test-run result no longer applies: changed since the run, or fed by one that did.</summary>
    private IReadOnlySet<string> StaleNodes => ShownRun().Stale;

    /// <summary>The test run's node states for the canvas, without those of stale nodes (the same instance until something changes).</summary>
    private IReadOnlyDictionary<string, CanvasNodeState>? CurrentStates => ShownRun().States;

    private (TestRunView? Run, PipelineGraph? Graph, IReadOnlySet<string> Stale, IReadOnlyDictionary<string, CanvasNodeState>? States) ShownRun()
    {
        var graph = _editor?.Graph;
        if (!ReferenceEquals(_shownRun.Run, _testRun) || !ReferenceEquals(_shownRun.Graph, graph))
        {
            var stale = _testRun is null || graph is null ? new HashSet<string>() : GraphChanges.StaleSince(_testRun.Graph, graph);
            var states = _testRun?.States.Where(s => !stale.Contains(s.Key)).ToDictionary(s => s.Key, s => s.Value);
            _shownRun = (_testRun, graph, stale, states);
        }

        return _shownRun;
    }

    private IReadOnlyList<GraphProblem> ProblemsOf(string nodeId) => [.. _editor?.Problems.Where(p => p.NodeId == nodeId) ?? []];

    private IReadOnlyList<string> OutputPorts => _editor is null ? [] :
        [.. _editor.Graph.Nodes.SelectMany(n => (Catalog.Find(n.Type)?.Outputs ?? []).Select(p => $"{n.Id}.{p.Name}"))];

    protected override async Task OnParametersSetAsync()
    {
        _loadError = null;
        if (Slug is null)
        {
            (_slug, _name, _isSystem, _version) = (null, null, false, 0);
            _editor = new GraphEditor(new PipelineGraph("untitled", null, [], [], [], []), Catalog);
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
            _editor = new GraphEditor(PipelineGraphJson.Deserialize(latest.GraphJson), Catalog);
            (_slug, _name, _isSystem, _version) = (latest.Preset!.Slug, latest.Preset.Name, latest.Preset.IsSystem, latest.Version);
        }
        catch (GraphFormatException ex)
        {
            _loadError = $"Version {latest.Version} of '{Slug}' cannot be read: {ex.Message}";
        }
    }

    /// <summary>Applies one gesture; a refusal is said in a snackbar and changes nothing.</summary>
    private void Apply(Func<GraphEditor, EditResult> gesture)
    {
        if (_editor is null)
        {
            return;
        }

        var result = gesture(_editor);
        if (!result.Applied)
        {
            Snackbar.Add(result.Refusal ?? "That change was refused.", Severity.Warning);
        }
    }

    private void MoveAsync(IReadOnlyDictionary<string, GraphPosition> moved) => Apply(e => e.MoveNodes(moved));

    /// <summary>A refused connection was already drawn by X6 while dragging: draw the graph again without it.</summary>
    private async Task ConnectAsync(GraphEdge edge)
    {
        Apply(e => e.Connect(edge.From, edge.To));
        if (_editor?.Graph.Edges.Contains(edge) != true && _canvas is not null)
        {
            await _canvas.RedrawAsync();
        }
    }

    private void Select(IReadOnlyList<string> nodeIds) => _selected = nodeIds;

    /// <summary>A problem was clicked: select its node in the side panel and on the canvas.</summary>
    private async Task SelectNodeAsync(string nodeId)
    {
        _selected = [nodeId];
        if (_canvas is not null)
        {
            await _canvas.SelectAsync(_selected);
        }
    }

    private void DropAsync((string Type, GraphPosition At) drop) => Apply(e => Added(e.AddNode(drop.Type, drop.At)));

    private void AddAtCentreAsync(string type)
    {
        var count = _editor?.Graph.Nodes.Count ?? 0;
        Apply(e => Added(e.AddNode(type, new GraphPosition(40 + count % 4 * 240, 40 + count / 4 * 120))));
    }

    private EditResult Added(EditResult result)
    {
        if (result is { Applied: true, NodeId: { } id })
        {
            _selected = [id];
        }

        return result;
    }

    private void SetSettingsAsync(string nodeId, System.Text.Json.Nodes.JsonObject settings) => Apply(e => e.SetSettings(nodeId, settings));

    private void SetInputsAsync(IReadOnlyList<GraphInput> inputs) => Apply(e => e.SetInputs(inputs));

    private void SetOutputsAsync(IReadOnlyList<GraphOutput> outputs) => Apply(e => e.SetOutputs(outputs));

    private void SetParametersAsync(IReadOnlyList<GraphParameter> parameters) => Apply(e => e.SetParameters(parameters));

    private void RemoveParameterAsync(string name) => Apply(e => e.RemoveParameter(name));

    private void AddBrandKitAsync() => Apply(e => e.AddBrandKit());

    private void UndoAsync() => _editor?.Undo();

    private void RedoAsync() => _editor?.Redo();

    private void DeleteSelectedAsync() => Apply(e => e.Delete(_selected, []));

    private void AutoLayoutAsync() => Apply(e => e.AutoLayout());

    private async Task ZoomToFitAsync()
    {
        if (_canvas is not null)
        {
            await _canvas.ZoomToFitAsync();
        }
    }

    private void CommandAsync(CanvasCommand command)
    {
        switch (command.Name)
        {
            case "delete":
                Apply(e => e.Delete(command.NodeIds, command.Edges));
                break;
            case "undo":
                _editor?.Undo();
                break;
            case "redo":
                _editor?.Redo();
                break;
            case "copy" when command.NodeIds.Count > 0:
                _clipboard = _editor?.Copy(command.NodeIds);
                break;
            case "paste" when _clipboard is not null:
                Apply(e => e.Paste(_clipboard, PasteOffset));
                break;
        }
    }

    private async Task SaveAsync(WorkbenchSaveRequest request)
    {
        if (_editor is null)
        {
            return;
        }

        var actor = PrincipalFactory.ToActor((await Authentication.GetAuthenticationStateAsync()).User);
        try
        {
            var saved = await SaveGraphAsync(_editor.Graph, request, actor);
            _editor.MarkSaved();
            _saveOpen = false;
            _saveProblems = [];
            Snackbar.Add($"Saved {saved.Preset!.Slug}@{saved.Version}.", Severity.Success);
            if (saved.Preset.Slug != _slug)
            {
                Navigation.NavigateTo($"/workbench/{saved.Preset.Slug}");
            }
            else
            {
                _version = saved.Version;
            }
        }
        catch (PresetUnchangedException ex)
        {
            _editor.MarkSaved();
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
        if (_editor?.IsDirty == true
            && !await JS.InvokeAsync<bool>("confirm", "The workbench has unsaved changes. Leave and lose them?"))
        {
            context.PreventNavigation();
        }
    }
}
