namespace MediaEngine.Web.Uploads;

/// <summary>A refused upload request: the HTTP status and the reason, for the person.</summary>
public sealed class UploadProblem(int statusCode, string message, long? offset = null) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    /// <summary>The offset the server holds, for a chunk sent at the wrong offset.</summary>
    public long? Offset { get; } = offset;
}
