using MediaEngine.Domain.Entities;

namespace MediaEngine.Web.Components.Workbench;

/// <summary>
/// A node's state during a test run as the canvas shows it: colour by <see cref="State"/>, a short text, the error of a
/// failed node (its tooltip), and the thumbnail or label of what it wrote.
/// </summary>
public sealed record CanvasNodeState(NodeRunState State, string Text, string? Error = null, CanvasPreview? Preview = null);
