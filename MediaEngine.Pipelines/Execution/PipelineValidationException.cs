using MediaEngine.Domain.Graph;

namespace MediaEngine.Pipelines.Execution;

/// <summary>The graph cannot run; <see cref="Problems"/> lists every reason at once.</summary>
public sealed class PipelineValidationException(IReadOnlyList<GraphProblem> problems)
    : Exception("The pipeline is not valid:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => " - " + p.Message)))
{
    public IReadOnlyList<GraphProblem> Problems { get; } = problems;
}
