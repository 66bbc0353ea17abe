namespace MediaEngine.Domain.Graph.Editing;

/// <summary>
/// Bounded undo and redo stacks of whole graph snapshots (graphs are immutable, so a snapshot is just a reference).
/// When full, the oldest undo step is dropped.
/// </summary>
internal sealed class EditHistory(int capacity)
{
    private readonly LinkedList<PipelineGraph> _undo = new();
    private readonly Stack<PipelineGraph> _redo = new();

    public bool CanUndo => _undo.Count > 0;

    public bool CanRedo => _redo.Count > 0;

    public int UndoCount => _undo.Count;

    /// <summary>Records the graph before a new edit; a new edit makes the redo stack meaningless, so it is cleared.</summary>
    public void Record(PipelineGraph before)
    {
        _redo.Clear();
        PushUndo(before);
    }

    public PipelineGraph Undo(PipelineGraph current)
    {
        var previous = _undo.Last!.Value;
        _undo.RemoveLast();
        _redo.Push(current);
        return previous;
    }

    public PipelineGraph Redo(PipelineGraph current)
    {
        var next = _redo.Pop();
        PushUndo(current);
        return next;
    }

    private void PushUndo(PipelineGraph graph)
    {
        _undo.AddLast(graph);
        if (_undo.Count > capacity)
        {
            _undo.RemoveFirst();
        }
    }
}
