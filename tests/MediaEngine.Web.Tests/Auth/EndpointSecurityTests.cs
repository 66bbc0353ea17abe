using System.Net;
using System.Text.RegularExpressions;
using MediaEngine.Web.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MediaEngine.Web.Tests.Auth;

/// <summary>Every route the app maps is protected unless it is on this short list; a new open route fails here.</summary>
public sealed partial class EndpointSecurityTests : IAsyncLifetime
{
    private static readonly HashSet<string> AnonymousRoutes =
    [
        "/health",
        "/signin",
        "/signin/link",
        "/signin/google",
        "/signin/refused",
        "/error",
    ];

    private readonly MediaEngineAppFactory _app = new();

    public ValueTask InitializeAsync()
    {
        _app.CreateClient().Dispose();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public void Endpoints_ShouldAllowAnonymousAccessOnlyToTheListedRoutesAndStaticFiles()
    {
        var open = Routes()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null && !IsStaticAsset(e))
            .Select(e => Normalize(e.RoutePattern.RawText))
            .Distinct()
            .ToList();

        open.ShouldBe(AnonymousRoutes, ignoreOrder: true);
    }

    [Fact]
    public async Task AnonymousRequests_ShouldBeRefused_ForEveryOtherRoute()
    {
        var client = _app.CreateNoRedirectClient();
        var protectedRoutes = Routes().Where(e => !IsStaticAsset(e) && !AnonymousRoutes.Contains(Normalize(e.RoutePattern.RawText))).ToList();
        protectedRoutes.Count.ShouldBeGreaterThan(15);

        var failures = new List<string>();
        foreach (var endpoint in protectedRoutes)
        {
            var method = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.FirstOrDefault() ?? "GET";
            var path = Concrete(endpoint.RoutePattern.RawText!);
            using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
            var refused = response.StatusCode == HttpStatusCode.Unauthorized
                || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/signin"));
            if (!refused)
            {
                failures.Add($"{method} {path} → {(int)response.StatusCode}");
            }
        }

        failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task AnonymousApiRequests_ShouldGet401NotARedirect()
    {
        var response = await _app.CreateNoRedirectClient().PostAsync("/api/v1/apikeys", null);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().ShouldContain("Bearer");
    }

    private IEnumerable<RouteEndpoint> Routes() =>
        _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

    private static bool IsStaticAsset(RouteEndpoint endpoint) =>
        endpoint.Metadata.Any(m => m.GetType().Name == "StaticAssetDescriptor");

    private static string Normalize(string? pattern) => "/" + (pattern ?? string.Empty).Trim('/');

    /// <summary>Fills route parameters with plausible values: guids for guid constraints, a word otherwise.</summary>
    private static string Concrete(string pattern) =>
        Normalize(RouteParameter().Replace(pattern, m => m.Value.Contains(":guid") ? Guid.NewGuid().ToString() : "x"));

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
