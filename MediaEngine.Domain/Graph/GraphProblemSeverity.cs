namespace MediaEngine.Domain.Graph;

/// <summary>How much a <see cref="GraphProblem"/> matters: an error stops the graph from being saved or run, a warning does not.</summary>
public enum GraphProblemSeverity
{
    Error,
    Warning,
}
