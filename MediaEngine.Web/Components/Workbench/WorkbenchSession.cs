using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Graph.Editing;

namespace MediaEngine.Web.Components.Workbench;

/// <summary>
/// One graph being edited with its selection, the one the toolbar, the keyboard and the side panel act on. Every gesture
/// goes through the <see cref="GraphEditor"/>; afterwards the selection holds only what still exists, and a gesture that
/// adds nodes (add, drop, paste) selects them.
/// </summary>
public sealed class WorkbenchSession
{
    public WorkbenchSession(GraphEditor editor)
    {
        ArgumentNullException.ThrowIfNull(editor);
        Editor = editor;
    }

    public GraphEditor Editor { get; }

    public WorkbenchSelection Selection { get; private set; } = WorkbenchSelection.None;

    /// <summary>The one selected node (for its settings form); null when none or several are selected.</summary>
    public GraphNode? SelectedNode => Selection.Nodes.Count == 1 ? Editor.Graph.FindNode(Selection.Nodes[0]) : null;

    /// <summary>Selects what the canvas or a clicked problem names, without what is not in the graph.</summary>
    public void Select(WorkbenchSelection selection)
    {
        ArgumentNullException.ThrowIfNull(selection);
        Selection = selection.Within(Editor.Graph);
    }

    /// <summary>Applies a gesture; nodes it added become the selection, and what it removed leaves it.</summary>
    public EditResult Apply(Func<GraphEditor, EditResult> gesture)
    {
        ArgumentNullException.ThrowIfNull(gesture);
        var result = gesture(Editor);
        Selection = result is { Applied: true, NodeIds: { Count: > 0 } added }
            ? WorkbenchSelection.OfNodes(added).Within(Editor.Graph)
            : Selection.Within(Editor.Graph);
        return result;
    }

    /// <summary>Deletes the selected nodes (with their edges) and the selected edges, as one step.</summary>
    public EditResult DeleteSelection() => Apply(e => e.Delete(Selection.Nodes, Selection.Edges));

    /// <summary>The selected nodes and the edges among them; null when no node is selected.</summary>
    public GraphClipboard? CopySelection() => Selection.Nodes.Count > 0 ? Editor.Copy(Selection.Nodes) : null;

    public EditResult Undo() => Apply(e => e.Undo());

    public EditResult Redo() => Apply(e => e.Redo());
}
