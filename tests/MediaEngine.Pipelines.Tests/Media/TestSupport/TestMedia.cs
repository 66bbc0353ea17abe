using System.Diagnostics;

namespace MediaEngine.Pipelines.Tests.Media.TestSupport;

/// <summary>Makes test media with the installed ffmpeg (lavfi test sources), arguments passed one by one.</summary>
public static class TestMedia
{
    /// <summary>An H.264 clip of the testsrc pattern, with a sine AAC track when <paramref name="withAudio"/>.</summary>
    public static Task<string> VideoAsync(string path, double seconds, int width = 320, int height = 240, string rate = "30", bool withAudio = false)
    {
        List<string> args = ["-f", "lavfi", "-i", $"testsrc=size={width}x{height}:rate={rate}:duration={seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}"];
        if (withAudio)
        {
            args.AddRange(["-f", "lavfi", "-i", $"sine=frequency=440:sample_rate=48000:duration={seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}"]);
        }

        args.AddRange(["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"]);
        if (withAudio)
        {
            args.AddRange(["-c:a", "aac", "-ac", "2"]);
        }

        return FfmpegAsync(path, [.. args]);
    }

    /// <summary>A 16-bit mono WAV sine tone.</summary>
    public static Task<string> SineWavAsync(string path, double seconds) =>
        FfmpegAsync(path, "-f", "lavfi", "-i", $"sine=frequency=440:sample_rate=44100:duration={seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}", "-c:a", "pcm_s16le");

    /// <summary>A single testsrc frame written as an image; the format follows the extension.</summary>
    public static Task<string> ImageAsync(string path, int width, int height) =>
        FfmpegAsync(path, "-f", "lavfi", "-i", $"testsrc=size={width}x{height}", "-frames:v", "1");

    /// <summary>Runs ffmpeg with the given arguments and <paramref name="outputPath"/> last; fails the test if ffmpeg fails.</summary>
    public static async Task<string> FfmpegAsync(string outputPath, params string[] arguments)
    {
        var start = new ProcessStartInfo("ffmpeg")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["-nostdin", "-hide_banner", "-v", "error", "-y", .. arguments, outputPath])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        await stdout;
        process.ExitCode.ShouldBe(0, $"ffmpeg could not make {outputPath}: {await stderr}");
        return outputPath;
    }
}
