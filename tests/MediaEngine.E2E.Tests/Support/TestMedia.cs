using System.Diagnostics;

namespace MediaEngine.E2E.Tests.Support;

/// <summary>Media for browser tests, made by ffmpeg's own generators (testsrc, sine) in a temporary folder.</summary>
public static class TestMedia
{
    /// <summary>A PNG of ffmpeg's test pattern.</summary>
    public static Task<string> PngAsync(string folder, string name, int width = 320, int height = 240) =>
        FfmpegAsync(Path.Combine(folder, name), "-f", "lavfi", "-i", $"testsrc=size={width}x{height}", "-frames:v", "1");

    /// <summary>A PNG of random grey noise, which hardly compresses: about 3 bytes per pixel.</summary>
    public static Task<string> NoisePngAsync(string folder, string name, int size) =>
        FfmpegAsync(Path.Combine(folder, name), "-f", "lavfi", "-i", $"color=c=gray:s={size}x{size},noise=alls=100:allf=t", "-frames:v", "1");

    /// <summary>An H.264 clip of the test pattern with a 440 Hz tone.</summary>
    public static Task<string> ClipAsync(string folder, string name, int seconds, int width = 640, int height = 360) =>
        FfmpegAsync(Path.Combine(folder, name),
            "-f", "lavfi", "-i", $"testsrc=size={width}x{height}:rate=30:duration={seconds}",
            "-f", "lavfi", "-i", $"sine=frequency=440:duration={seconds}",
            "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest");

    private static async Task<string> FfmpegAsync(string output, params string[] arguments)
    {
        var start = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-hide_banner", "-loglevel", "error", "-y" }.Concat(arguments).Append(output))
        {
            start.ArgumentList.Add(argument);
        }

        using var ffmpeg = Process.Start(start) ?? throw new InvalidOperationException("ffmpeg could not be started.");
        var errors = await ffmpeg.StandardError.ReadToEndAsync();
        await ffmpeg.WaitForExitAsync();
        return ffmpeg.ExitCode == 0 && File.Exists(output)
            ? output
            : throw new InvalidOperationException($"ffmpeg could not make {Path.GetFileName(output)} (exit {ffmpeg.ExitCode}): {errors}");
    }
}
