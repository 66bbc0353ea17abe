namespace MediaEngine.Domain.Graph;

/// <summary>
/// Thrown by <see cref="PipelineGraphJson.Deserialize"/> when a graph file cannot be read: invalid JSON, a missing or
/// unsupported <c>schemaVersion</c>, a missing required field or a malformed value. The message says what and where.
/// </summary>
public sealed class GraphFormatException : Exception
{
    /// <summary>Creates the exception with a generic message.</summary>
    public GraphFormatException()
        : base("The graph file is not valid.")
    {
    }

    /// <summary>Creates the exception with the given message.</summary>
    public GraphFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the given message and the underlying cause.</summary>
    public GraphFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
