using System.Security.Claims;
using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Querying;
using MediaEngine.Domain.Security;
using MediaEngine.Domain.Users;
using MediaEngine.Web.Auth;

namespace MediaEngine.Web.Api;

/// <summary>Admin-only routes: the audit trail, users and invitations, API keys.</summary>
public static class AdminEndpoints
{
    public sealed record InvitationRequest(string Email, UserRole Role);

    public sealed record ApiKeyRequest(string Name, UserRole Role);

    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapGet("/audit", async (AuditTrail trail, string? action, string? search, DateTime? from, DateTime? to, int? page, int? pageSize, CancellationToken ct) =>
            Results.Ok(ApiPaging.Response(await trail.SearchAsync(new AuditFilter(action, search, from, to), ApiPaging.Request(page, pageSize), ct))));

        admin.MapGet("/users", async (UserService users, CancellationToken ct) =>
            Results.Ok((await users.ListAsync(ct)).Select(u => new { u.Id, u.Email, u.Name, role = u.Role.ToString(), status = u.Status.ToString(), u.LastSignInAt })));

        admin.MapPost("/users/invitations", async (InvitationRequest request, UserService users, HttpContext http, CancellationToken ct) =>
        {
            var user = await users.InviteAsync(request.Email, request.Role, Actor(http), ct);
            return Results.Created($"{ApiEndpoints.Prefix}/users/{user.Id}", new { user.Id, user.Email, role = user.Role.ToString(), status = user.Status.ToString() });
        });

        admin.MapGet("/apikeys", async (ApiKeyService keys, CancellationToken ct) =>
            Results.Ok((await keys.ListAsync(ct)).Select(k => new { k.Id, k.Name, k.Prefix, role = k.Role.ToString(), k.CreatedAt, k.LastUsedAt, k.RevokedAt })));

        admin.MapPost("/apikeys", async (ApiKeyRequest request, ApiKeyService keys, HttpContext http, CancellationToken ct) =>
        {
            var created = await keys.CreateAsync(request.Name, request.Role, Actor(http), ct);
            return Results.Created($"{ApiEndpoints.Prefix}/apikeys/{created.Key.Id}", new { created.Key.Id, created.Key.Name, role = created.Key.Role.ToString(), key = created.Secret });
        });

        admin.MapDelete("/apikeys/{id:guid}", async (Guid id, ApiKeyService keys, HttpContext http, CancellationToken ct) =>
        {
            await keys.RevokeAsync(id, Actor(http), ct);
            return Results.NoContent();
        });
    }

    private static AuditActor Actor(HttpContext http) =>
        PrincipalFactory.ToActor(http.User, http.Connection.RemoteIpAddress?.ToString());
}
