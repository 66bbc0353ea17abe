using System.Diagnostics;

namespace MediaEngine.Workers.Tests.Cli;

/// <summary>Runs the built <c>mediaengine</c> executable as a separate process on a given data folder.</summary>
public static class CommandLineProcess
{
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string dataPath, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = dataPath,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "mediaengine.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["MediaEngine__DataPath"] = dataPath;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await stdout, await stderr);
    }
}
