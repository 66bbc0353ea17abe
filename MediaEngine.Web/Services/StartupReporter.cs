using MediaEngine.Pipelines.Media.Tools;
using MediaEngine.Web.Auth;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace MediaEngine.Web.Services;

/// <summary>
/// Once the server listens: says which system tools are missing and what that disables, and, without Google,
/// prints the admin sign-in link (again after each use of a one-time link).
/// </summary>
public sealed class StartupReporter(
    IHostApplicationLifetime lifetime,
    IServer server,
    ISystemToolProbe tools,
    SignInMethods methods,
    AdminSignInLink link,
    ILogger<StartupReporter> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => _ = ReportAsync());
        link.Renewed += PrintLink;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        link.Renewed -= PrintLink;
        return Task.CompletedTask;
    }

    private async Task ReportAsync()
    {
        foreach (var status in await tools.GetStatusAsync())
        {
            if (status.IsAvailable)
            {
                logger.LogInformation("{Tool}", status.Describe());
            }
            else
            {
                logger.LogWarning("{Problem}", status.Describe());
            }
        }

        if (methods.GoogleConfigured)
        {
            logger.LogInformation("Google sign-in is configured; the console sign-in link is off.");
        }
        else
        {
            PrintLink(link.CurrentToken);
        }
    }

    private void PrintLink(string token)
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? string.Empty;
        address = address.Replace("://[::]", "://localhost").Replace("://0.0.0.0", "://localhost").Replace("://+", "://localhost").TrimEnd('/');
        var kind = link.IsFixed ? "reusable link (MEDIAENGINE_ADMIN_TOKEN)" : "one-time link";
        // Written to the console itself, not only the log, so it is seen whatever the log level.
        Console.WriteLine($"MediaEngine admin sign-in ({kind}): {address}{AdminSignInLink.PathFor(token)}");
    }
}
