using System.Text.Encodings.Web;
using MediaEngine.Domain.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace MediaEngine.Web.Auth;

/// <summary>Authenticates <c>Authorization: Bearer me_…</c> against the hashed API keys.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyService keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string BearerPrefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var key = await keys.VerifyAsync(header[BearerPrefix.Length..].Trim(), Context.RequestAborted);
        return key is null
            ? AuthenticateResult.Fail("The API key is unknown or has been revoked.")
            : AuthenticateResult.Success(new AuthenticationTicket(PrincipalFactory.ForApiKey(key), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer realm=\"MediaEngine\"";
        return Task.CompletedTask;
    }
}
