namespace MediaEngine.Domain.Entities;

/// <summary>The state of one graph node within one job.</summary>
public sealed class JobNodeRun
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid JobId { get; set; }

    /// <summary>The node's id within the graph.</summary>
    public required string NodeId { get; set; }

    /// <summary>Catalog id such as <c>image.resize</c>.</summary>
    public required string NodeType { get; set; }

    public NodeRunState State { get; set; } = NodeRunState.Pending;

    public double Progress { get; set; }

    public string? Message { get; set; }

    public bool CacheHit { get; set; }

    public string? CacheKey { get; set; }

    public string? Error { get; set; }

    public DateTime? StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }
}
