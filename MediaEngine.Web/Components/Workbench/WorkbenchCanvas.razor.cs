using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Catalog;
using MediaEngine.Web.Components.Shared.Graph;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace MediaEngine.Web.Components.Workbench;

/// <summary>
/// Hosts the X6 canvas (<c>js/workbench.js</c>). The graph here is the source of truth: every change of
/// <see cref="Graph"/> or <see cref="States"/> is drawn again, and the canvas only reports gestures (moves, new
/// connections, drops from the palette, keyboard commands, selection), which the page applies through the domain.
/// </summary>
public sealed partial class WorkbenchCanvas
{
    private static readonly PortKind[] Kinds = Enum.GetValues<PortKind>();
    private ElementReference _element;
    private DotNetObjectReference<WorkbenchCanvas>? _self;
    private IJSObjectReference? _module;
    private IJSObjectReference? _canvas;
    private PipelineGraph? _drawn;
    private IReadOnlyDictionary<string, CanvasNodeState>? _drawnStates;
    private WorkbenchSelection _shownSelection = WorkbenchSelection.None;
    private string? _loadError;

    [Parameter, EditorRequired]
    public PipelineGraph Graph { get; set; } = default!;

    /// <summary>Live node states of a test run, by node id; null while editing.</summary>
    [Parameter]
    public IReadOnlyDictionary<string, CanvasNodeState>? States { get; set; }

    /// <summary>Nodes drawn with a red border: they have validation problems.</summary>
    [Parameter]
    public IReadOnlySet<string> ProblemNodes { get; set; } = new HashSet<string>();

    /// <summary>The selection to show; the canvas selects it once the graph is drawn, so a node just added is selected too.</summary>
    [Parameter]
    public WorkbenchSelection Selection { get; set; } = WorkbenchSelection.None;

    [Parameter]
    public EventCallback<IReadOnlyDictionary<string, GraphPosition>> OnMoved { get; set; }

    [Parameter]
    public EventCallback<GraphEdge> OnConnect { get; set; }

    [Parameter]
    public EventCallback<WorkbenchSelection> OnSelected { get; set; }

    [Parameter]
    public EventCallback<(string Type, GraphPosition At)> OnDropped { get; set; }

    /// <summary>Keyboard commands (<c>delete</c>, <c>undo</c>, <c>redo</c>, <c>copy</c>, <c>paste</c>); they act on <see cref="Selection"/>.</summary>
    [Parameter]
    public EventCallback<string> OnCommand { get; set; }

    [Parameter]
    public string? Class { get; set; }

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private NodeCatalog Catalog { get; set; } = default!;

    public async Task ZoomToFitAsync()
    {
        if (_canvas is not null)
        {
            await _canvas.InvokeVoidAsync("zoomToFit");
        }
    }

    /// <summary>
    /// Draws the graph again as it is: removes what the canvas drew on its own that the server refused (a connection
    /// X6 completed before the server said no).
    /// </summary>
    public async Task RedrawAsync()
    {
        if (_canvas is not null)
        {
            await _canvas.InvokeVoidAsync("render", CanvasModel.From(Graph, Catalog, States, ProblemNodes));
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            try
            {
                _self = DotNetObjectReference.Create(this);
                _module = await JS.InvokeAsync<IJSObjectReference>("import", "./js/workbench.js");
                _canvas = await _module.InvokeAsync<IJSObjectReference>("create", _element, _self, new { compatible = Compatibility() });
            }
            catch (JSException ex)
            {
                _loadError = ex.Message;
                StateHasChanged();
                return;
            }

            StateHasChanged();
        }

        if (_canvas is not null && (!ReferenceEquals(_drawn, Graph) || !ReferenceEquals(_drawnStates, States)))
        {
            var fit = _drawn is null;
            _drawn = Graph;
            _drawnStates = States;
            await _canvas.InvokeVoidAsync("render", CanvasModel.From(Graph, Catalog, States, ProblemNodes));
            if (fit)
            {
                await ZoomToFitAsync();
            }
        }

        if (_canvas is not null && !Selection.SameAs(_shownSelection))
        {
            _shownSelection = Selection;
            await _canvas.InvokeVoidAsync("select", Selection.Nodes, Selection.Edges.Select(CanvasModel.EdgeId).ToArray());
        }
    }

    [JSInvokable("OnMoved")]
    public Task OnMovedFromCanvas(CanvasPosition[] moved) =>
        OnMoved.InvokeAsync(moved.ToDictionary(m => m.Id, m => new GraphPosition(m.X, m.Y)));

    [JSInvokable("OnConnect")]
    public Task OnConnectFromCanvas(string fromNode, string fromPort, string toNode, string toPort) =>
        OnConnect.InvokeAsync(new GraphEdge(new PortRef(fromNode, fromPort), new PortRef(toNode, toPort)));

    [JSInvokable("OnSelected")]
    public Task OnSelectedFromCanvas(string[] nodeIds, string[] edgeIds)
    {
        _shownSelection = WorkbenchSelection.FromCanvas(nodeIds, edgeIds); // shown already: not sent back
        return OnSelected.InvokeAsync(_shownSelection);
    }

    [JSInvokable("OnDropped")]
    public Task OnDroppedFromCanvas(string type, double x, double y) => OnDropped.InvokeAsync((type, new GraphPosition(x, y)));

    [JSInvokable("OnCommand")]
    public Task OnCommandFromCanvas(string command) => OnCommand.InvokeAsync(command);

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_canvas is not null)
            {
                await _canvas.InvokeVoidAsync("dispose");
                await _canvas.DisposeAsync();
            }

            if (_module is not null)
            {
                await _module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // the circuit is gone and the page with it
        }

        _self?.Dispose();
    }

    /// <summary>For each port kind, the kinds it may feed: the same rule the validator applies.</summary>
    private static Dictionary<string, string[]> Compatibility() =>
        Kinds.ToDictionary(k => k.ToString(), from => Kinds.Where(to => GraphValidator.IsCompatible(from, to)).Select(to => to.ToString()).ToArray());
}
