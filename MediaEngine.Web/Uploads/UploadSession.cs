namespace MediaEngine.Web.Uploads;

/// <summary>
/// An upload in progress, kept on disk under <c>&lt;DataPath&gt;/uploads/&lt;id&gt;/</c> (outside the web root) with the bytes
/// received so far. <see cref="Owner"/> is the user or API key that created it; nobody else may see or write it.
/// </summary>
public sealed record UploadSession(Guid Id, string Owner, string Name, long Size, string? DeclaredType, DateTime CreatedAt, DateTime ExpiresAt);
