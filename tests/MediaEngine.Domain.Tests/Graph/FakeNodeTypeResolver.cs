using System.Text.Json.Nodes;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Graph.Parameters;

namespace MediaEngine.Domain.Tests.Graph;

/// <summary>
/// A small node catalog for graph tests. Settings rules: <c>image.input</c> needs a string "input";
/// <c>image.resize</c> needs "width" between 1 and 10000 when present; <c>image.slide</c> describes its settings
/// (background colour, aspect choice, count integer, title text) and needs "background" to be #rrggbb and "aspect" one
/// of Square/Portrait/Story.
/// </summary>
internal sealed class FakeNodeTypeResolver : INodeTypeResolver
{
    private static readonly PortSpec Image = new("image", PortKind.Image);

    private readonly Dictionary<string, NodeTypeSpec> _types = new[]
    {
        Spec("image.input", [], [Image]),
        Spec("image.resize", [Image], [Image]),
        Spec("image.convert", [Image], [Image]),
        Spec("image.thumbnail", [Image], [Image]),
        Spec("image.blend", [new PortSpec("images", PortKind.Image, Multiple: true)], [Image]),
        Spec("image.watermark", [Image, new PortSpec("logo", PortKind.Image, Required: false)], [Image]),
        Spec("image.contactsheet", [new PortSpec("images", PortKind.ImageSet, Multiple: true)], [Image]),
        Spec("video.input", [], [new PortSpec("video", PortKind.Video)]),
        Spec("video.frame", [new PortSpec("video", PortKind.Video)], [Image]),
        Spec("image.slide", [new PortSpec("image", PortKind.Image, Required: false)], [Image]) with
        {
            Settings =
            [
                new SettingSpec("background", GraphParameterKind.Colour),
                new SettingSpec("aspect", GraphParameterKind.Choice),
                new SettingSpec("count", GraphParameterKind.Integer),
                new SettingSpec("title", GraphParameterKind.Text),
            ],
        },
    }.ToDictionary(t => t.TypeId);

    public NodeTypeSpec? Find(string typeId) => _types.GetValueOrDefault(typeId);

    public IReadOnlyList<string> ValidateSettings(string typeId, JsonObject settings) => [.. CheckSettings(typeId, settings).Select(p => p.Message)];

    public IReadOnlyList<SettingProblem> CheckSettings(string typeId, JsonObject settings)
    {
        var problems = new List<SettingProblem>();
        if (typeId == "image.slide")
        {
            if (settings["background"] is JsonValue background && !(background.TryGetValue<string>(out var hex) && hex.Length == 7 && hex[0] == '#'))
            {
                problems.Add(new SettingProblem("background", "Background must be a colour written #rrggbb."));
            }

            if (settings["aspect"] is JsonValue aspect && !(aspect.TryGetValue<string>(out var a) && a is "Square" or "Portrait" or "Story"))
            {
                problems.Add(new SettingProblem("aspect", "Aspect must be one of Square, Portrait, Story."));
            }
        }

        return [.. problems, .. Messages(typeId, settings).Select(m => new SettingProblem(null, m))];
    }

    private static List<string> Messages(string typeId, JsonObject settings)
    {
        var problems = new List<string>();
        if (typeId == "image.input" && settings["input"] is null)
        {
            problems.Add("Setting \"input\" is required.");
        }

        if (typeId == "image.resize" && settings["width"] is JsonValue width && width.GetValue<int>() is < 1 or > 10000)
        {
            problems.Add($"Setting \"width\" must be between 1 and 10000, but is {width.GetValue<int>()}.");
        }

        return problems;
    }

    private static NodeTypeSpec Spec(string typeId, PortSpec[] inputs, PortSpec[] outputs) => new(typeId, 1, inputs, outputs);
}
