namespace MediaEngine.Web.Components.Workbench;

/// <summary>Where the canvas says a node now is, after a drag.</summary>
public sealed record CanvasPosition(string Id, double X, double Y);
