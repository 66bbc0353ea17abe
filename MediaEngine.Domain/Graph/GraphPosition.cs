namespace MediaEngine.Domain.Graph;

/// <summary>
/// Where a node sits on the editor canvas. Has no effect on execution.
/// </summary>
/// <param name="X">Horizontal position.</param>
/// <param name="Y">Vertical position.</param>
public sealed record GraphPosition(double X, double Y);
