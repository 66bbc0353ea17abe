using System.ComponentModel;
using System.Diagnostics;
using MediaEngine.Pipelines.Media.Tools;

namespace MediaEngine.Pipelines.Media.Probing;

/// <summary>Runs ffprobe (found by <see cref="ISystemToolProbe"/>) and parses its JSON with <see cref="FfprobeJsonParser"/>.</summary>
public sealed class MediaProbe(ISystemToolProbe toolProbe) : IMediaProbe
{
    /// <summary>How long ffprobe may take on one file before the file is refused.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <inheritdoc />
    public async Task<MediaInfo> ProbeAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        cancellationToken.ThrowIfCancellationRequested();

        var fullPath = Path.GetFullPath(path);
        var file = new FileInfo(fullPath);
        if (!file.Exists)
        {
            throw new MediaInputException(path, Directory.Exists(fullPath) ? "it is a folder, not a file" : "it does not exist");
        }

        var status = await toolProbe.GetStatusAsync(SystemTool.FFprobe, cancellationToken);
        if (!status.IsAvailable || status.ExecutablePath is null)
        {
            throw new InvalidOperationException(status.Describe());
        }

        var (exitCode, json, stderr) = await RunFfprobeAsync(status.ExecutablePath, path, fullPath, cancellationToken);
        var stderrLines = stderr
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => ToolOutput.Clean(l, fullPath))
            .Where(l => l.Length > 0)
            .ToList();

        if (exitCode != 0)
        {
            throw new MediaInputException(path, DescribeFailure(exitCode, stderrLines));
        }

        MediaInfo info;
        try
        {
            info = FfprobeJsonParser.Parse(json, file.Length);
        }
        catch (FormatException ex)
        {
            throw new MediaToolException("ffprobe", exitCode, stderrLines, $"reading '{file.Name}'", ex);
        }

        if (info.Video is null && info.Audio is null)
        {
            throw new MediaInputException(path, $"it contains no audio or video stream (format {info.FormatName})");
        }

        return info;
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunFfprobeAsync(
        string ffprobe, string path, string fullPath, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(ffprobe)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["-v", "error", "-print_format", "json", "-show_format", "-show_streams"])
        {
            start.ArgumentList.Add(argument);
        }

        // The file: prefix keeps a name like "-x.mp4" or "concat:a|b" from being read as an option or protocol.
        start.ArgumentList.Add("file:" + fullPath);

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException($"ffprobe ('{ffprobe}') could not be started: {ex.Message}", ex);
        }

        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            KillAndWait(process);
            cancellationToken.ThrowIfCancellationRequested();
            throw new MediaInputException(path, $"ffprobe did not finish reading it within {Timeout.TotalSeconds:0} seconds");
        }

        return (process.ExitCode, await stdout, await stderr);
    }

    private static void KillAndWait(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }

        process.WaitForExit();
    }

    private static string DescribeFailure(int exitCode, List<string> stderrLines)
    {
        if (stderrLines.Count == 0)
        {
            return $"ffprobe cannot read it (exit code {exitCode})";
        }

        var main = stderrLines[^1];
        var details = stderrLines.Count > 1 ? $" ({string.Join("; ", stderrLines.SkipLast(1).TakeLast(3))})" : string.Empty;
        return $"ffprobe cannot read it: {main}{details}";
    }
}
