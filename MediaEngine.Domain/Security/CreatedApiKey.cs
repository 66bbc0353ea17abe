using MediaEngine.Domain.Entities;

namespace MediaEngine.Domain.Security;

/// <summary>A new key and its secret. Show the secret once; it cannot be recovered.</summary>
public sealed record CreatedApiKey(ApiKey Key, string Secret);
