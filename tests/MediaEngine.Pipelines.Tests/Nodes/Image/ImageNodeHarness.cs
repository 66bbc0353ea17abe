using System.Text.Json.Nodes;
using ImageMagick;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Artifacts;
using MediaEngine.Pipelines.Catalog;
using MediaEngine.Pipelines.Media;
using MediaEngine.Pipelines.Media.Imaging;
using MediaEngine.Pipelines.Tests.Media.TestSupport;
using Microsoft.Extensions.Options;

namespace MediaEngine.Pipelines.Tests.Nodes.Image;

/// <summary>Runs one image node directly: settings bound from JSON as the engine does, inputs from images made in a temp folder.</summary>
public sealed class ImageNodeHarness : IDisposable
{
    private readonly TempFolder _folder = new();
    private int _runs;

    public MediaLimits Limits { get; } = new();

    public IImageLoader Loader => new ImageLoader(Options.Create(Limits));

    public IOptions<MediaLimits> LimitOptions => Options.Create(Limits);

    public List<string> Log { get; } = [];

    public void Dispose() => _folder.Dispose();

    public string File(string name) => _folder.File(name);

    public ArtifactRef Solid(string name, uint width, uint height, string colour) =>
        Artifact(TestImages.Solid(_folder.File(name), width, height, new MagickColor(colour), FormatOf(name)));

    public ArtifactRef Save(string name, MagickImage image)
    {
        image.Write(_folder.File(name), FormatOf(name));
        return Artifact(_folder.File(name));
    }

    public static ArtifactRef Artifact(string path) =>
        new(new string('0', 64), path, PortKind.Image, MediaTypes.MimeFor(path), new FileInfo(path).Length) { Name = Path.GetFileName(path) };

    /// <summary>Binds <paramref name="settingsJson"/> like the engine (camelCase, unknown settings refused, annotations checked), then runs the node.</summary>
    public async Task<NodeOutputs> RunAsync(
        IPipelineNode node,
        string settingsJson,
        IReadOnlyDictionary<string, IReadOnlyList<ArtifactRef>> inputs,
        IReadOnlyDictionary<string, IReadOnlyList<ArtifactRef>>? graphInputs = null)
    {
        var (settings, problems) = SettingsBinder.Bind(node.SettingsType, JsonNode.Parse(settingsJson)!.AsObject());
        problems.ShouldBeEmpty();
        var work = _folder.File($"work-{Interlocked.Increment(ref _runs)}");
        Directory.CreateDirectory(work);
        var context = new NodeContext("node", work, inputs, graphInputs ?? new Dictionary<string, IReadOnlyList<ArtifactRef>>(), (_, _) => { }, Log.Add);
        return await node.ExecuteAsync(context, settings!, TestContext.Current.CancellationToken);
    }

    /// <summary>Runs the node and opens its single output file.</summary>
    public async Task<MagickImage> RunToImageAsync(IPipelineNode node, string settingsJson, IReadOnlyDictionary<string, IReadOnlyList<ArtifactRef>> inputs)
    {
        var outputs = await RunAsync(node, settingsJson, inputs);
        var file = outputs.Files.ShouldHaveSingleItem();
        file.Port.ShouldBe("image");
        file.Kind.ShouldBe(PortKind.Image);
        var image = new MagickImage(file.FilePath);
        ((uint?)file.Width, (uint?)file.Height).ShouldBe((image.Width, image.Height), "the output records the size it was written at");
        if (image.ColorSpace != ColorSpace.sRGB)
        {
            // A PNG with only grey pixels is written as greyscale; read pixels as RGB either way.
            image.ColorSpace = ColorSpace.sRGB;
        }

        return image;
    }

    private static MagickFormat FormatOf(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".jpg" => MagickFormat.Jpeg,
        ".webp" => MagickFormat.WebP,
        _ => MagickFormat.Png,
    };
}
