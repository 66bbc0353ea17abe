using MediaEngine.Domain.Graph;

namespace MediaEngine.Web.Components.Workbench;

/// <summary>A keyboard command on the canvas (<c>delete</c>, <c>undo</c>, <c>redo</c>, <c>copy</c>, <c>paste</c>) with the selection it applies to.</summary>
public sealed record CanvasCommand(string Name, IReadOnlyList<string> NodeIds, IReadOnlyList<GraphEdge> Edges);
