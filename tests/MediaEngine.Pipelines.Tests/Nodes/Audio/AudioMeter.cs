using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace MediaEngine.Pipelines.Tests.Nodes.Audio;

/// <summary>Measures audio with ffmpeg's own meters (ebur128, volumedetect), reading their summary from stderr.</summary>
public static partial class AudioMeter
{
    /// <summary>Integrated loudness in LUFS (EBU R128).</summary>
    public static async Task<double> IntegratedLufsAsync(string path) =>
        Parse(IntegratedLine(), await AnalyseAsync(path, "ebur128"), "integrated loudness");

    /// <summary>The loudest sample in dBFS; -91 or lower is digital silence.</summary>
    public static async Task<double> MaxVolumeAsync(string path)
    {
        var stderr = await AnalyseAsync(path, "volumedetect");
        return stderr.Contains("max_volume: -inf", StringComparison.Ordinal) ? double.NegativeInfinity : Parse(MaxVolumeLine(), stderr, "max volume");
    }

    private static double Parse(Regex pattern, string stderr, string what)
    {
        var match = pattern.Matches(stderr).LastOrDefault().ShouldNotBeNull($"ffmpeg reported no {what}: {stderr}");
        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static async Task<string> AnalyseAsync(string path, string filter)
    {
        var start = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in (string[])["-nostdin", "-hide_banner", "-nostats", "-i", path, "-map", "0:a:0", "-af", filter, "-f", "null", "-"])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await stdout;
        process.ExitCode.ShouldBe(0, $"ffmpeg could not measure {path}: {stderr}");
        return stderr;
    }

    [GeneratedRegex(@"^\s*I:\s+(-?[\d.]+) LUFS", RegexOptions.Multiline)]
    private static partial Regex IntegratedLine();

    [GeneratedRegex(@"max_volume: (-?[\d.]+) dB")]
    private static partial Regex MaxVolumeLine();
}
