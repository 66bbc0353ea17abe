using System.Net.Http.Headers;
using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Security;
using Microsoft.Extensions.DependencyInjection;

namespace MediaEngine.Web.Tests.Support;

public static class ApiKeys
{
    /// <summary>A client that sends a fresh API key with <paramref name="role"/>.</summary>
    public static async Task<(HttpClient Client, CreatedApiKey Key)> CreateClientAsync(this MediaEngineAppFactory app, UserRole role)
    {
        var key = await app.Services.GetRequiredService<ApiKeyService>().CreateAsync($"test-{role}", role, AuditActor.System);
        var client = app.CreateNoRedirectClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key.Secret);
        return (client, key);
    }
}
