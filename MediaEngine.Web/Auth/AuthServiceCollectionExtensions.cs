using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;

namespace MediaEngine.Web.Auth;

public static class AuthServiceCollectionExtensions
{
    /// <summary>Cookie sign-in (Google or the console link), bearer API keys, role policies and refusal auditing.</summary>
    public static IHostApplicationBuilder AddMediaEngineAuth(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var methods = SignInMethods.FromConfiguration(builder.Configuration);
        services.AddSingleton(methods);
        services.AddSingleton(new AdminSignInLink(builder.Configuration[AdminSignInLink.TokenVariable]));

        var authentication = services
            .AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = AuthConstants.SignInPath;
                options.AccessDeniedPath = AuthConstants.AccessDeniedPath;
                options.Cookie.Name = "MediaEngine.Auth";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(12);
                options.SlidingExpiration = true;
                options.Events.OnValidatePrincipal = UserPrincipalValidator.ValidateAsync;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(AuthConstants.ApiKeyScheme, null);

        if (methods.GoogleConfigured)
        {
            authentication.AddGoogle(options =>
            {
                options.ClientId = builder.Configuration[SignInMethods.GoogleClientIdKey]!;
                options.ClientSecret = builder.Configuration[SignInMethods.GoogleClientSecretKey]!;
                options.CallbackPath = "/signin/google/callback";
                options.ClaimActions.MapJsonKey(AuthConstants.PictureClaim, "picture");
                options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.Events.OnTicketReceived = GoogleSignInEvents.OnTicketReceivedAsync;
            });
        }

        services.AddAuthorization(Policies.Register);
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AuditingAuthorizationResultHandler>();
        services.AddScoped<CircuitAuthorization>();
        services.AddCascadingAuthenticationState();
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "MediaEngine.Antiforgery";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return builder;
    }
}
