using System.Diagnostics;
using System.Text;

namespace MediaEngine.Workers.Tests.Support;

/// <summary>A <c>mediaengine worker</c> node running as its own process on a shared data folder.</summary>
public sealed class WorkerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private WorkerProcess(Process process) => _process = process;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>The worker process's id (part of its worker identity, <c>host-pid-suffix</c>).</summary>
    public int ProcessId => _process.Id;

    public static async Task<WorkerProcess> StartAsync(string dataPath, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = dataPath,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "mediaengine.dll"));
        start.ArgumentList.Add("worker");
        start.Environment["MediaEngine__DataPath"] = dataPath;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var worker = new WorkerProcess(new Process { StartInfo = start, EnableRaisingEvents = true });
        worker._process.OutputDataReceived += (_, e) => worker.Append(e.Data);
        worker._process.ErrorDataReceived += (_, e) => worker.Append(e.Data);
        worker._process.Exited += (_, _) =>
        {
            // Exited can come before the last lines are read; WaitForExit() returns once both streams are drained.
            worker._process.WaitForExit();
            worker._started.TrySetException(new InvalidOperationException($"The worker exited early:\n{worker.Output}"));
        };
        worker._process.Start();
        worker._process.BeginOutputReadLine();
        worker._process.BeginErrorReadLine();
        await worker._started.Task.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        return worker;
    }

    /// <summary>SIGKILL for the worker and the ffmpeg it started: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (line.Contains("is running jobs", StringComparison.Ordinal))
        {
            _started.TrySetResult();
        }
    }
}
