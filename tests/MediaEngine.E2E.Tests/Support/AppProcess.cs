using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MediaEngine.E2E.Tests.Support;

/// <summary>
/// The web app started the way a person starts it: its own process, a free loopback port, an empty data folder,
/// no configuration. Start-up is awaited by reading the sign-in link it prints, never by sleeping.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<string> _signInLink = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AppProcess(string dataPath, int port)
    {
        DataPath = dataPath;
        BaseUrl = $"http://127.0.0.1:{port}";
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name; // bin/<Configuration>/net10.0
        var webDll = Path.Combine(RepositoryPaths.Root, "MediaEngine.Web", "bin", configuration, "net10.0", "MediaEngine.Web.dll");
        if (!File.Exists(webDll))
        {
            throw new FileNotFoundException($"Build MediaEngine.Web first; {webDll} is missing.");
        }

        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(webDll)!,
        };
        start.ArgumentList.Add(webDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(BaseUrl);
        start.Environment["MediaEngine__DataPath"] = dataPath;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("MEDIAENGINE_ADMIN_TOKEN");
        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => OnLine(e.Data);
        _process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        _process.Exited += (_, _) =>
        {
            _process.WaitForExit(); // drains both output streams, so the message holds the app's last lines
            _signInLink.TrySetException(new InvalidOperationException($"The app exited with code {_process.ExitCode}:\n{Output}"));
        };
    }

    public string BaseUrl { get; }

    public string DataPath { get; }

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

    /// <summary>The newest sign-in link the app printed.</summary>
    public Task<string> SignInLink => _signInLink.Task;

    /// <param name="settings">Extra configuration as environment variables, e.g. <c>MediaEngine__Uploads__ChunkBytes</c>.</param>
    public static async Task<AppProcess> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var app = new AppProcess(Directory.CreateTempSubdirectory("mediaengine-e2e-").FullName, FreePort());
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            app._process.StartInfo.Environment[key] = value;
        }

        app._process.Start();
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();
        await app.SignInLink.WaitAsync(StartTimeout);
        return app;
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        const string marker = "MediaEngine admin sign-in";
        var at = line.IndexOf("http", StringComparison.Ordinal);
        if (line.StartsWith(marker, StringComparison.Ordinal) && at >= 0)
        {
            _signInLink.TrySetResult(line[at..].Trim());
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(DataPath, recursive: true);
    }
}
