using MediaEngine.Pipelines.Catalog;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace MediaEngine.Web.Components.Workbench;

/// <summary>
/// The node types to add to the graph, grouped by category and filtered by a search box. Items carry
/// <c>draggable="true"</c> and <c>data-node-type</c> for the canvas to read on drop; double-click or the add button
/// raises <see cref="OnAdd"/> with the type id.
/// </summary>
public partial class NodePalette
{
    private string? _search;

    /// <summary>The node catalog; when not given, the one registered in the services is used.</summary>
    [Parameter]
    public NodeCatalog? Catalog { get; set; }

    /// <summary>Receives the type id of the node to add.</summary>
    [Parameter]
    public EventCallback<string> OnAdd { get; set; }

    [Inject]
    private IServiceProvider Services { get; set; } = default!;

    private IReadOnlyList<NodePaletteGroup> Groups =>
        NodePaletteGroup.Build((Catalog ?? Services.GetRequiredService<NodeCatalog>()).All, _search);
}
