using System.Text.Json.Nodes;
using MediaEngine.Domain.Graph;

namespace MediaEngine.Domain.Tests.Graph;

/// <summary>Builders for graphs used across the graph tests, including the documented "web-images" example.</summary>
internal static class TestGraphs
{
    public const string WebImagesDescription =
        "Image → auto-orient → fit within 1920×1920 (no upscale) → WebP q80, plus a 320 px JPEG thumbnail";

    /// <summary>The example from graph-format.md, verbatim.</summary>
    public const string WebImagesJson = """
        {
          "schemaVersion": 1,
          "name": "web-images",
          "description": "Image → auto-orient → fit within 1920×1920 (no upscale) → WebP q80, plus a 320 px JPEG thumbnail",
          "inputs": [ { "name": "image", "kind": "Image", "description": "The photo to publish" } ],
          "nodes": [
            { "id": "source", "type": "image.input", "settings": { "input": "image" }, "position": { "x": 0, "y": 0 } },
            { "id": "fit", "type": "image.resize", "settings": { "width": 1920, "height": 1920, "mode": "Fit", "allowUpscale": false } },
            { "id": "webp", "type": "image.convert", "settings": { "format": "WebP", "quality": 80 } },
            { "id": "thumb", "type": "image.thumbnail", "settings": { "size": 320, "format": "Jpeg" } }
          ],
          "edges": [
            { "from": "source.image", "to": "fit.image" },
            { "from": "fit.image", "to": "webp.image" },
            { "from": "source.image", "to": "thumb.image" }
          ],
          "outputs": [ { "name": "web", "from": "webp.image" }, { "name": "thumbnail", "from": "thumb.image" } ]
        }
        """;

    /// <summary>The same graph as <see cref="WebImagesJson"/>, built in code.</summary>
    public static PipelineGraph WebImages() => new(
        "web-images",
        WebImagesDescription,
        [new GraphInput("image", PortKind.Image, "The photo to publish")],
        [
            new GraphNode("source", "image.input", new JsonObject { ["input"] = "image" }, new GraphPosition(0, 0)),
            Node("fit", "image.resize", new JsonObject { ["width"] = 1920, ["height"] = 1920, ["mode"] = "Fit", ["allowUpscale"] = false }),
            Node("webp", "image.convert", new JsonObject { ["format"] = "WebP", ["quality"] = 80 }),
            Node("thumb", "image.thumbnail", new JsonObject { ["size"] = 320, ["format"] = "Jpeg" }),
        ],
        [Edge("source.image", "fit.image"), Edge("fit.image", "webp.image"), Edge("source.image", "thumb.image")],
        [Output("web", "webp.image"), Output("thumbnail", "thumb.image")]);

    /// <summary>A graph with one "image" input; pass outputs explicitly, or get none.</summary>
    public static PipelineGraph BuildGraph(GraphNode[] nodes, GraphEdge[] edges, GraphOutput[] outputs, GraphInput[]? inputs = null) =>
        new("test", null, inputs ?? [new GraphInput("image", PortKind.Image)], nodes, edges, outputs);

    /// <summary>An image.input node bound to the graph input "image".</summary>
    public static GraphNode Source(string id = "source", string input = "image") =>
        Node(id, "image.input", new JsonObject { ["input"] = input });

    public static GraphNode Node(string id, string type, JsonObject? settings = null) => new(id, type, settings ?? []);

    public static GraphEdge Edge(string from, string to) => new(PortRef.Parse(from), PortRef.Parse(to));

    public static GraphOutput Output(string name, string from) => new(name, PortRef.Parse(from));
}
