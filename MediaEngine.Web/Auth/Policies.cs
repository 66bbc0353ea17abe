using MediaEngine.Domain.Entities;
using Microsoft.AspNetCore.Authorization;

namespace MediaEngine.Web.Auth;

/// <summary>Authorization policies by least role required; the <c>Api*</c> ones accept only API keys.</summary>
public static class Policies
{
    public const string Viewer = nameof(Viewer);
    public const string Operator = nameof(Operator);
    public const string Admin = nameof(Admin);
    public const string ApiViewer = nameof(ApiViewer);
    public const string ApiOperator = nameof(ApiOperator);
    public const string ApiAdmin = nameof(ApiAdmin);

    /// <summary>Role names that satisfy <paramref name="least"/>: Admin satisfies Operator, and so on.</summary>
    public static string[] RolesAtLeast(UserRole least) =>
        Enum.GetValues<UserRole>().Where(r => r >= least).Select(r => r.ToString()).ToArray();

    public static void Register(AuthorizationOptions options)
    {
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        Add(options, Viewer, UserRole.Viewer, scheme: null);
        Add(options, Operator, UserRole.Operator, scheme: null);
        Add(options, Admin, UserRole.Admin, scheme: null);
        Add(options, ApiViewer, UserRole.Viewer, AuthConstants.ApiKeyScheme);
        Add(options, ApiOperator, UserRole.Operator, AuthConstants.ApiKeyScheme);
        Add(options, ApiAdmin, UserRole.Admin, AuthConstants.ApiKeyScheme);
    }

    private static void Add(AuthorizationOptions options, string name, UserRole least, string? scheme) =>
        options.AddPolicy(name, policy =>
        {
            if (scheme is not null)
            {
                policy.AddAuthenticationSchemes(scheme);
            }

            policy.RequireAuthenticatedUser().RequireRole(RolesAtLeast(least));
        });
}
