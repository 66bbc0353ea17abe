using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace MediaEngine.Pipelines.Media.Tools;

/// <summary>Resolves each tool from configuration or PATH and runs it once with its version flag.</summary>
internal sealed class SystemToolProbe(IConfiguration configuration) : ISystemToolProbe
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(10);
    private readonly ConcurrentDictionary<string, Task<SystemToolStatus>> _cache = new();

    public async Task<IReadOnlyList<SystemToolStatus>> GetStatusAsync(CancellationToken cancellationToken = default) =>
        await Task.WhenAll(SystemTool.All.Select(t => GetStatusAsync(t, cancellationToken)));

    public Task<SystemToolStatus> GetStatusAsync(SystemTool tool, CancellationToken cancellationToken = default) =>
        _cache.GetOrAdd(tool.Name, _ => ProbeAsync(tool));

    private async Task<SystemToolStatus> ProbeAsync(SystemTool tool)
    {
        var configured = configuration[tool.ConfigurationKey];
        var path = string.IsNullOrWhiteSpace(configured) ? FindOnPath(tool.DefaultExecutable) : configured;
        if (path is null || !File.Exists(path))
        {
            var where = string.IsNullOrWhiteSpace(configured) ? "not found on PATH" : $"'{configured}' ({tool.ConfigurationKey}) does not exist";
            return new SystemToolStatus(tool, false, path, null, $"{tool.DefaultExecutable} {where}");
        }

        try
        {
            var start = new ProcessStartInfo(path)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(tool.VersionArgument);
            using var process = Process.Start(start)!;
            using var timeout = new CancellationTokenSource(ProbeTimeout);
            var output = await process.StandardOutput.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            if (process.ExitCode != 0)
            {
                return new SystemToolStatus(tool, false, path, null, $"'{path} {tool.VersionArgument}' exited with code {process.ExitCode}");
            }

            var firstLine = output.Split('\n', 2)[0].Trim();
            return new SystemToolStatus(tool, true, path, firstLine, null);
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or OperationCanceledException or InvalidOperationException)
        {
            return new SystemToolStatus(tool, false, path, null, $"'{path}' could not be run: {ex.Message}");
        }
    }

    private static string? FindOnPath(string executable)
    {
        var pathVariable = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return pathVariable
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, executable))
            .FirstOrDefault(File.Exists);
    }
}
