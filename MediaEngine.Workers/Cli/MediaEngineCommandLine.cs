using System.CommandLine;
using MediaEngine.Domain.DependencyInjection;
using MediaEngine.Domain.Persistence;
using MediaEngine.Pipelines.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MediaEngine.Workers.Cli;

/// <summary>The <c>mediaengine</c> command line: configuration comes from the environment and appsettings.json, as for the web host.</summary>
public static class MediaEngineCommandLine
{
    public static async Task<int> RunAsync(string[] args)
    {
        IHost? host = null;
        async Task<IServiceProvider> StartAsync(CancellationToken cancellationToken)
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace); // stdout carries results only
            builder.AddMediaEngineDomain();
            builder.AddMediaEnginePipelines();
            host = builder.Build();
            await host.Services.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);
            return host.Services;
        }

        var root = new RootCommand("MediaEngine: media pipelines from the command line")
        {
            RunCommand.Create(StartAsync),
            CatalogCommands.Nodes(StartAsync),
            CatalogCommands.Presets(StartAsync),
            ApiKeyCommands.Create(StartAsync),
            WorkerCommand.Create(),
        };

        try
        {
            return await root.Parse(args).InvokeAsync();
        }
        catch (Exception ex) when (ex is DatabaseUnavailableException or ArgumentException or InvalidOperationException)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 2;
        }
        finally
        {
            host?.Dispose();
        }
    }
}
