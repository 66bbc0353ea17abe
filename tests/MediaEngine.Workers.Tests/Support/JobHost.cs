using System.Diagnostics;
using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.DependencyInjection;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;
using MediaEngine.Domain.Persistence;
using MediaEngine.Pipelines.Assets;
using MediaEngine.Pipelines.DependencyInjection;
using MediaEngine.Pipelines.Presets;
using MediaEngine.Workers.DependencyInjection;
using MediaEngine.Workers.Events;
using MediaEngine.Workers.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MediaEngine.Workers.Tests.Support;

/// <summary>
/// A real worker host on its own temporary data folder and SQLite database: Quartz on the persistent store,
/// the job services, the presets seeded. Media for inputs is made with ffmpeg and ingested as assets.
/// </summary>
public sealed class JobHost : IAsyncDisposable
{
    public static readonly AuditActor Tester = new(null, "tester");

    private readonly IHost _host;

    private JobHost(IHost host, string dataPath)
    {
        _host = host;
        DataPath = dataPath;
    }

    public string DataPath { get; }

    public IServiceProvider Services => _host.Services;

    public T Get<T>() where T : notnull => _host.Services.GetRequiredService<T>();

    public static async Task<JobHost> StartAsync(
        bool runJobs = true, IDictionary<string, string?>? settings = null, string? dataPath = null, Action<IServiceCollection>? services = null)
    {
        dataPath ??= Directory.CreateTempSubdirectory("mediaengine-jobs-").FullName;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MediaEngine:DataPath"] = dataPath,
            ["MediaEngine:Workers:InProcess"] = runJobs.ToString(),
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddMediaEngineDomain();
        builder.AddMediaEnginePipelines();
        builder.AddMediaEngineWorkers();
        services?.Invoke(builder.Services);
        var host = builder.Build();
        await host.Services.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
        await host.Services.GetRequiredService<SystemPresetSeeder>().SeedAsync(CancellationToken.None);
        await host.StartAsync();
        return new JobHost(host, dataPath);
    }

    public MediaEngineDbContext Db() => Get<IDbContextFactory<MediaEngineDbContext>>().CreateDbContext();

    /// <summary>Makes a file with ffmpeg (arguments after the input options) in the data folder's media/ and ingests it.</summary>
    public async Task<Asset> FfmpegAssetAsync(string name, params string[] args)
    {
        var folder = Directory.CreateDirectory(Path.Combine(DataPath, "media")).FullName;
        var path = Path.Combine(folder, name);
        var start = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-hide_banner", "-loglevel", "error", "-y" }.Concat(args).Append(path))
        {
            start.ArgumentList.Add(arg);
        }

        using (var process = Process.Start(start)!)
        {
            var stderr = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"ffmpeg failed making {name}: {stderr}");
            }
        }

        return (await Get<AssetIngestService>().IngestAsync(path, name, "upload", null, CancellationToken.None)).Asset;
    }

    public Task<Asset> ImageAsync(string name = "pattern.png", string size = "320x240") =>
        FfmpegAssetAsync(name, "-f", "lavfi", "-i", $"testsrc2=size={size}:duration=1", "-frames:v", "1");

    public Task<Asset> VideoAsync(string name, int seconds, string size = "640x360") =>
        FfmpegAssetAsync(name, "-f", "lavfi", "-i", $"testsrc2=size={size}:rate=30:duration={seconds}", "-f", "lavfi", "-i", $"sine=frequency=440:duration={seconds}",
            "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac", "-shortest");

    public Task<Job> SubmitAsync(string preset, string input, Asset asset, JobPriority priority = JobPriority.Normal) =>
        Get<JobSubmissionService>().SubmitAsync(new JobSubmission(preset, new Dictionary<string, IReadOnlyList<Guid>> { [input] = [asset.Id] }, null, priority), Tester, CancellationToken.None);

    /// <summary>Completes when <paramref name="condition"/> holds for an event of the job (checked against the bus and once against the database).</summary>
    public async Task<JobEventMessage?> WaitForAsync(Guid jobId, Func<JobEventMessage, bool> condition, Func<Job, bool>? alreadyTrue = null, int seconds = 60)
    {
        var seen = new TaskCompletionSource<JobEventMessage?>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = Get<JobEventBus>().Subscribe(jobId, m =>
        {
            if (condition(m))
            {
                seen.TrySetResult(m);
            }
        });
        if (alreadyTrue is not null)
        {
            await using var db = Db();
            var job = await db.Jobs.AsNoTracking().FirstAsync(j => j.Id == jobId);
            if (alreadyTrue(job))
            {
                return null;
            }
        }

        return await seen.Task.WaitAsync(TimeSpan.FromSeconds(seconds), TestContext.Current.CancellationToken);
    }

    /// <summary>Waits for the job to reach a final state and returns it.</summary>
    public async Task<Job> WaitForEndAsync(Guid jobId, int seconds = 120)
    {
        await WaitForAsync(jobId, m => m.Status is { } s && JobStateMachine.IsTerminal(s), j => JobStateMachine.IsTerminal(j.Status), seconds);
        await using var db = Db();
        return await db.Jobs.AsNoTracking().Include(j => j.NodeRuns).FirstAsync(j => j.Id == jobId);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (!Directory.Exists(DataPath))
        {
            return; // another host on the same folder cleaned it up
        }

        foreach (var file in Directory.EnumerateFiles(DataPath, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }

        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // a file still held open by a stopping process; the OS temp cleanup takes it
        }
    }
}
