namespace MediaEngine.Domain.Graph;

/// <summary>A box to lay out with <see cref="GraphLayout.Compute(IReadOnlyList{GraphBox}, IReadOnlyList{GraphLink})"/>.</summary>
/// <param name="Id">Names the box in links and in the result.</param>
/// <param name="Width">Its width.</param>
/// <param name="Height">Its height.</param>
public sealed record GraphBox(string Id, double Width, double Height);
