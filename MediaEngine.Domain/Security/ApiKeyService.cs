using System.Security.Cryptography;
using System.Text;
using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaEngine.Domain.Security;

/// <summary>Creates, verifies and revokes API keys. The key itself is returned once and never stored.</summary>
public sealed class ApiKeyService(IDbContextFactory<MediaEngineDbContext> contexts, IAuditLog audit, TimeProvider clock)
{
    /// <summary>Every key starts with this, so a leaked one is easy to recognise in logs and scanners.</summary>
    public const string KeyPrefix = "me_";

    public async Task<CreatedApiKey> CreateAsync(string name, UserRole role, AuditActor actor, CancellationToken cancellationToken = default)
    {
        name = name.Trim();
        if (name.Length is 0 or > 100)
        {
            throw new ArgumentException("An API key needs a name of 1 to 100 characters.", nameof(name));
        }

        var secret = KeyPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var key = new ApiKey
        {
            Name = name,
            Prefix = secret[..10],
            KeyHash = Hash(secret),
            Role = role,
            CreatedById = actor.Id,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };

        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            db.ApiKeys.Add(key);
            await db.SaveChangesAsync(cancellationToken);
        }

        await audit.WriteAsync(new AuditEntry(actor, "apikey.created", $"apikey:{key.Name}", $"role={role}; prefix={key.Prefix}"), cancellationToken);
        return new CreatedApiKey(key, secret);
    }

    /// <summary>The active key matching <paramref name="secret"/>, or null. Records when it was last used.</summary>
    public async Task<ApiKey?> VerifyAsync(string secret, CancellationToken cancellationToken = default)
    {
        if (!secret.StartsWith(KeyPrefix, StringComparison.Ordinal) || secret.Length > 200)
        {
            return null;
        }

        var hash = Hash(secret);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.KeyHash == hash && k.RevokedAt == null, cancellationToken);
        if (key is null)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (key.LastUsedAt is null || now - key.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            key.LastUsedAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }

        return key;
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ApiKeys.AsNoTracking().OrderByDescending(k => k.CreatedAt).ToListAsync(cancellationToken);
    }

    public async Task RevokeAsync(Guid id, AuditActor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, cancellationToken)
            ?? throw new KeyNotFoundException($"There is no API key with id {id}.");
        if (key.RevokedAt is not null)
        {
            return;
        }

        key.RevokedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry(actor, "apikey.revoked", $"apikey:{key.Name}", $"prefix={key.Prefix}"), cancellationToken);
    }

    internal static string Hash(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
