using MediaEngine.Domain.Entities;

namespace MediaEngine.Web.Components.Workbench;

/// <summary>A node's state during a test run as the canvas shows it: colour by <see cref="State"/>, and a short text.</summary>
public sealed record CanvasNodeState(NodeRunState State, string Text);
