namespace MediaEngine.Web.Uploads;

/// <summary>What the client is told about its upload: how much arrived, the chunk size to send, and when it expires.</summary>
public sealed record UploadStatus(Guid Id, string Name, long Size, long Offset, int ChunkBytes, DateTime ExpiresAt);
