using System.Text.Json.Nodes;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Graph.Parameters;

namespace MediaEngine.Domain.Tests.Graph.Parameters;

/// <summary>A graph of two slides and a thumbnail whose colours and aspect are bound to brand kit parameters.</summary>
internal static class BrandKitGraphs
{
    public static GraphParameter Background { get; } = new("background", GraphParameterKind.Colour, "#112233");

    public static GraphParameter Aspect { get; } = new("aspect", GraphParameterKind.Choice, "Portrait", Choices: ["Square", "Portrait", "Story"]);

    /// <summary>source → first, source → second (both slides bound to background and aspect), source → thumb (unbound).</summary>
    public static PipelineGraph Slides(params GraphParameter[] parameters) => new(
        "slides",
        null,
        [new GraphInput("image", PortKind.Image)],
        [
            TestGraphs.Source(),
            Slide("first"),
            Slide("second"),
            TestGraphs.Node("thumb", "image.thumbnail"),
        ],
        [TestGraphs.Edge("source.image", "first.image"), TestGraphs.Edge("source.image", "second.image"), TestGraphs.Edge("source.image", "thumb.image")],
        [TestGraphs.Output("a", "first.image"), TestGraphs.Output("b", "second.image"), TestGraphs.Output("t", "thumb.image")],
        parameters.Length == 0 ? [Background, Aspect] : parameters);

    public static GraphNode Slide(string id, string background = "background", string aspect = "aspect") =>
        TestGraphs.Node(id, "image.slide", new JsonObject
        {
            ["background"] = ParameterBinding.Create(background),
            ["aspect"] = ParameterBinding.Create(aspect),
            ["title"] = "Hello",
        });
}
