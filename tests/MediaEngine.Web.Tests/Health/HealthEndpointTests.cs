using System.Net;
using System.Text.Json;
using MediaEngine.Web.Tests.Support;

namespace MediaEngine.Web.Tests.Health;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Health_ShouldBeAnonymousAndReportEveryCheck()
    {
        await using var app = new MediaEngineAppFactory();

        var response = await app.CreateNoRedirectClient().GetAsync("/health");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        body.RootElement.GetProperty("status").GetString().ShouldBe("Healthy");
        body.RootElement.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("name").GetString())
            .ShouldBe(["database", "data-folder", "ffmpeg", "ffprobe", "espeak-ng"], ignoreOrder: true);
    }

    [Fact]
    public async Task Health_ShouldBeDegradedNamingToolAndWhatItDisables_WhenFFmpegIsMissing()
    {
        await using var app = new MediaEngineAppFactory(new() { ["MediaEngine:Tools:ffmpeg"] = "/nonexistent/ffmpeg" });

        var response = await app.CreateNoRedirectClient().GetAsync("/health");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        body.RootElement.GetProperty("status").GetString().ShouldBe("Degraded");
        var ffmpeg = body.RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "ffmpeg");
        ffmpeg.GetProperty("status").GetString().ShouldBe("Degraded");
        ffmpeg.GetProperty("description").GetString().ShouldNotBeNull().ShouldContain("video");
    }
}
