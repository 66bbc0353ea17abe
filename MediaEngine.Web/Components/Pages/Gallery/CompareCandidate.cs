namespace MediaEngine.Web.Components.Pages.Gallery;

/// <summary>A file an output can be compared with: one of its inputs (then it is the before) or another output (then it is the after).</summary>
/// <param name="Side">The file.</param>
/// <param name="Description">How the choice reads, e.g. "beach.jpg (source asset, 3 steps back)".</param>
/// <param name="IsInput">True for a file the output was made from.</param>
public sealed record CompareCandidate(CompareSide Side, string Description, bool IsInput);
