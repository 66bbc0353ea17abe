using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Options;
using MediaEngine.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MediaEngine.Domain.Users;

/// <summary>Who may sign in, with which role; invitations and role changes.</summary>
public sealed class UserService(
    IDbContextFactory<MediaEngineDbContext> contexts,
    IOptions<MediaEngineOptions> options,
    IAuditLog audit,
    TimeProvider clock)
{
    /// <summary>
    /// Decides a sign-in by e-mail: configured admins become Admin, invited users become active with their
    /// invited role, everyone else is refused. Records the outcome in the audit trail.
    /// </summary>
    public async Task<SignInDecision> SignInAsync(SignInRequest request, CancellationToken cancellationToken = default)
    {
        var email = User.NormalizeEmail(request.Email);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Email == email, cancellationToken);
        var isConfiguredAdmin = options.Value.Admins.Any(a => User.NormalizeEmail(a) == email);

        if (user is null && !isConfiguredAdmin && !request.IsBootstrapAdmin)
        {
            await RefuseAsync(email, request, "not invited", cancellationToken);
            return SignInDecision.Refused($"{email} has not been invited to MediaEngine. Ask an administrator to invite this address.");
        }

        if (user is { Status: UserStatus.Disabled })
        {
            await RefuseAsync(email, request, "disabled", cancellationToken);
            return SignInDecision.Refused($"The account {email} has been disabled by an administrator.");
        }

        if (user is null)
        {
            user = new User { Email = email, Name = request.Name ?? email, CreatedAt = now };
            db.Users.Add(user);
        }

        if (isConfiguredAdmin || request.IsBootstrapAdmin)
        {
            user.Role = UserRole.Admin;
        }

        user.Status = UserStatus.Active;
        user.Name = string.IsNullOrWhiteSpace(request.Name) ? user.Name : request.Name;
        user.PictureUrl = request.PictureUrl ?? user.PictureUrl;
        user.LastSignInAt = now;
        await db.SaveChangesAsync(cancellationToken);

        await audit.WriteAsync(
            new AuditEntry(new AuditActor(user.Id, email, request.IpAddress), "signin.succeeded", $"user:{email}", $"method={request.Method}; role={user.Role}"),
            cancellationToken);
        return SignInDecision.Allowed(user);
    }

    public async Task<User?> FindActiveAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id && u.Status == UserStatus.Active, cancellationToken);
    }

    public async Task<IReadOnlyList<User>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken);
    }

    /// <summary>Invites an e-mail address with a role; signing in with Google activates it.</summary>
    public async Task<User> InviteAsync(string email, UserRole role, AuditActor actor, CancellationToken cancellationToken = default)
    {
        email = User.NormalizeEmail(email);
        if (!System.Net.Mail.MailAddress.TryCreate(email, out var parsed) || parsed.Address != email)
        {
            throw new ArgumentException($"'{email}' is not an e-mail address.", nameof(email));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Users.AnyAsync(u => u.Email == email, cancellationToken))
        {
            throw new InvalidOperationException($"{email} already has an account or an invitation.");
        }

        var user = new User
        {
            Email = email,
            Name = email,
            Role = role,
            Status = UserStatus.Invited,
            InvitedById = actor.Id,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry(actor, "user.invited", $"user:{email}", $"role={role}"), cancellationToken);
        return user;
    }

    public async Task ChangeRoleAsync(Guid userId, UserRole role, AuditActor actor, CancellationToken cancellationToken = default)
    {
        await UpdateAsync(userId, actor, "user.role-changed", user =>
        {
            var details = $"role {user.Role} → {role}";
            user.Role = role;
            return details;
        }, cancellationToken);
    }

    public async Task SetDisabledAsync(Guid userId, bool disabled, AuditActor actor, CancellationToken cancellationToken = default)
    {
        await UpdateAsync(userId, actor, disabled ? "user.disabled" : "user.enabled", user =>
        {
            user.Status = disabled ? UserStatus.Disabled : (user.LastSignInAt is null ? UserStatus.Invited : UserStatus.Active);
            return null;
        }, cancellationToken);
    }

    private async Task UpdateAsync(Guid userId, AuditActor actor, string action, Func<User, string?> change, CancellationToken cancellationToken)
    {
        if (userId == actor.Id)
        {
            throw new InvalidOperationException("You cannot change your own role or status; ask another administrator.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken)
            ?? throw new KeyNotFoundException($"There is no user with id {userId}.");
        var details = change(user);
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry(actor, action, $"user:{user.Email}", details), cancellationToken);
    }

    private Task RefuseAsync(string email, SignInRequest request, string reason, CancellationToken cancellationToken) =>
        audit.WriteAsync(
            new AuditEntry(AuditActor.Anonymous(request.IpAddress), "signin.refused", $"user:{email}", $"method={request.Method}; reason={reason}"),
            cancellationToken);
}
