using System.Diagnostics;
using MediaEngine.Domain.DependencyInjection;
using MediaEngine.Domain.Persistence;
using MediaEngine.Pipelines.DependencyInjection;
using MediaEngine.Pipelines.Presets;
using MediaEngine.Workers.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MediaEngine.Benchmarks;

/// <summary>A MediaEngine host on a fresh data folder, plus a scratch folder for generated media.</summary>
public sealed class BenchmarkEnvironment : IAsyncDisposable
{
    private readonly IHost _host;

    private BenchmarkEnvironment(IHost host, string root)
    {
        _host = host;
        Root = root;
    }

    public string Root { get; }

    public IServiceProvider Services => _host.Services;

    public string Folder(string name) => Directory.CreateDirectory(Path.Combine(Root, name)).FullName;

    public static async Task<BenchmarkEnvironment> CreateAsync()
    {
        var root = Directory.CreateTempSubdirectory("mediaengine-bench-").FullName;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration["MediaEngine:DataPath"] = Path.Combine(root, "data");
        builder.AddMediaEngineDomain();
        builder.AddMediaEnginePipelines();
        builder.AddMediaEngineWorkers();
        var host = builder.Build();
        await host.Services.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
        await host.Services.GetRequiredService<SystemPresetSeeder>().SeedAsync(CancellationToken.None);
        await host.StartAsync();
        return new BenchmarkEnvironment(host, root);
    }

    /// <summary>Runs a program with arguments given one by one (no shell) and fails loudly when it fails.</summary>
    public static async Task RunToolAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await stderr}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }

        Directory.Delete(Root, recursive: true);
    }
}
