using System.Text.Json;
using ImageMagick;
using Microsoft.Data.Sqlite;

namespace MediaEngine.Workers.Tests.Cli;

/// <summary><c>mediaengine run</c> end to end: real images, the real executable, an empty data folder.</summary>
public sealed class RunCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("mediaengine-run-").FullName;

    private string DataPath => Path.Combine(_root, "data");

    private string Out => Path.Combine(_root, "out");

    public RunCommandTests() => Directory.CreateDirectory(DataPath);

    [Fact]
    public async Task Run_ShouldProcessAFolderAsABatch_ReportTheBadFile_AndServeTheRerunFromCache()
    {
        var inputs = Directory.CreateDirectory(Path.Combine(_root, "in")).FullName;
        MakeImage(Path.Combine(inputs, "a.jpg"), 2400, 1600);
        MakeImage(Path.Combine(inputs, "b.png"), 640, 480);
        await File.WriteAllTextAsync(Path.Combine(inputs, "c.jpg"), "not an image", TestContext.Current.CancellationToken);

        var (exitCode, stdout, stderr) = await CommandLineProcess.RunAsync(DataPath, "run", "--preset", "web-images", "--input", $"image={inputs}", "--out", Out, "--json");

        exitCode.ShouldBe(1, stderr);
        using var summary = JsonDocument.Parse(stdout);
        var runs = summary.RootElement.GetProperty("runs").EnumerateArray().ToDictionary(r => r.GetProperty("label").GetString()!);
        runs.Keys.ShouldBe(["a", "b", "c"], ignoreOrder: true);
        runs["a"].GetProperty("succeeded").GetBoolean().ShouldBeTrue();
        runs["c"].GetProperty("succeeded").GetBoolean().ShouldBeFalse();
        runs["c"].GetProperty("error").GetString().ShouldNotBeNull().ShouldContain("c.jpg");
        var web = runs["a"].GetProperty("outputs").EnumerateArray().Single(o => o.GetProperty("name").GetString() == "web");
        web.GetProperty("width").GetInt32().ShouldBe(1920);
        web.GetProperty("sha256").GetString()!.Length.ShouldBe(64);
        File.Exists(Path.Combine(Out, "a", "web.webp")).ShouldBeTrue();
        File.Exists(Path.Combine(Out, "b", "thumbnail.jpg")).ShouldBeTrue();

        var (_, again, _) = await CommandLineProcess.RunAsync(DataPath, "run", "--preset", "web-images", "--input", $"image={Path.Combine(inputs, "a.jpg")}", "--out", Out, "--json");
        using var second = JsonDocument.Parse(again);
        second.RootElement.GetProperty("runs")[0].GetProperty("nodes").EnumerateArray()
            .ShouldAllBe(n => n.GetProperty("cached").GetBoolean());
        (await CountArtifactsAsync()).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Run_ShouldRefuseWithExitCode2_WhenASettingIsOutOfRange()
    {
        var image = MakeImage(Path.Combine(_root, "x.png"), 100, 100);

        var (exitCode, _, stderr) = await CommandLineProcess.RunAsync(DataPath, "run", "--preset", "web-images", "--input", $"image={image}", "--set", "webp.quality=300", "--out", Out);

        exitCode.ShouldBe(2);
        stderr.ShouldContain("Quality must be between 1 and 100.");
        Directory.Exists(Out).ShouldBeFalse();
    }

    [Fact]
    public async Task Run_ShouldApplyAParameter_AndRefuseABadOneWithExitCode2()
    {
        var photo = MakeImage(Path.Combine(_root, "photo.png"), 320, 240);
        var titles = Path.Combine(_root, "titles.csv");
        await File.WriteAllTextAsync(titles, "title\nOne\nTwo\nThree\n", TestContext.Current.CancellationToken);

        var (exitCode, stdout, stderr) = await CommandLineProcess.RunAsync(DataPath, "run", "--preset", "social-carousel",
            "--input", $"images={photo}", "--input", $"titles={titles}", "--param", "slideCount=2", "--param", "accent=#ff5500", "--out", Out, "--json");
        var (badExit, _, badError) = await CommandLineProcess.RunAsync(DataPath, "run", "--preset", "social-carousel",
            "--input", $"images={photo}", "--input", $"titles={titles}", "--param", "accent=orange", "--param", "colour=#000000", "--out", Path.Combine(_root, "bad"));

        exitCode.ShouldBe(0, stderr);
        using var summary = JsonDocument.Parse(stdout);
        summary.RootElement.GetProperty("runs")[0].GetProperty("outputs").EnumerateArray().Count(o => o.GetProperty("name").GetString() == "slides").ShouldBe(2);
        badExit.ShouldBe(2);
        badError.ShouldContain("parameter \"accent\" (Colour) is not valid");
        badError.ShouldContain("There is no parameter \"colour\"");
    }

    [Fact]
    public async Task Nodes_ShouldListTheCatalogWithSettings()
    {
        var (exitCode, stdout, _) = await CommandLineProcess.RunAsync(DataPath, "nodes");

        exitCode.ShouldBe(0);
        stdout.ShouldContain("image.resize v1");
        stdout.ShouldContain("--set <node>.mode=…  choice, Fit|Fill|Crop");
        stdout.ShouldContain("needs: ffmpeg");
    }

    [Fact]
    public async Task PresetsExport_ShouldPrintAGraphThatRunsUnchangedFromAFile()
    {
        var (_, json, _) = await CommandLineProcess.RunAsync(DataPath, "presets", "export", "web-images");
        var file = Path.Combine(_root, "exported.json");
        await File.WriteAllTextAsync(file, json, TestContext.Current.CancellationToken);
        var image = MakeImage(Path.Combine(_root, "y.png"), 300, 200);

        var (exitCode, _, stderr) = await CommandLineProcess.RunAsync(DataPath, "run", "--preset", file, "--input", $"image={image}", "--out", Out);

        exitCode.ShouldBe(0, stderr);
        File.Exists(Path.Combine(Out, "web.webp")).ShouldBeTrue();
    }

    [Fact]
    public async Task Run_ShouldRunAPresetFileAsTheWebExportsIt_WithItsSlugAndBrandKitParameters()
    {
        var graph = new MediaEngine.Pipelines.Presets.SystemPresetLibrary().Get("social-carousel");
        var file = Path.Combine(_root, "brand-carousel-v3.json");
        await File.WriteAllTextAsync(file, MediaEngine.Domain.Presets.PresetFile.Write(graph, "Brand carousel", "brand-carousel", "Our colours"), TestContext.Current.CancellationToken);
        var photo = MakeImage(Path.Combine(_root, "photo.png"), 640, 480);
        var titles = Path.Combine(_root, "titles.csv");
        await File.WriteAllTextAsync(titles, "title,body\nHello,First slide\n", TestContext.Current.CancellationToken);

        var (exitCode, stdout, stderr) = await CommandLineProcess.RunAsync(
            DataPath, "run", "--preset", file, "--input", $"images={photo}", "--input", $"titles={titles}", "--param", "accent=#ff5500", "--out", Out, "--json");

        exitCode.ShouldBe(0, stderr);
        using var summary = JsonDocument.Parse(stdout);
        summary.RootElement.GetRawText().ShouldContain("slides");
        using var slide = new MagickImage(Directory.EnumerateFiles(Out, "slides*", SearchOption.AllDirectories).First());
        (slide.Width, slide.Height).ShouldBe((1080u, 1350u));
    }

    private static string MakeImage(string path, uint width, uint height)
    {
        using var image = new MagickImage(new MagickColor("#3366aa"), width, height);
        image.Write(path);
        return path;
    }

    private async Task<long> CountArtifactsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(DataPath, "mediaengine.db")};Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Artifacts";
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }

        Directory.Delete(_root, recursive: true);
    }
}
