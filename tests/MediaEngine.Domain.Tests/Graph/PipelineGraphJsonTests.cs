using System.Text.Json.Nodes;
using MediaEngine.Domain.Graph;
using static MediaEngine.Domain.Tests.Graph.TestGraphs;

namespace MediaEngine.Domain.Tests.Graph;

public sealed class PipelineGraphJsonTests
{
    [Fact]
    public void Deserialize_ShouldReadTheDocumentedExample_WhenGivenWebImagesJson()
    {
        var graph = PipelineGraphJson.Deserialize(WebImagesJson);

        ShouldHaveSameContent(graph, WebImages());
        GraphValidator.Validate(graph, new FakeNodeTypeResolver()).ShouldBeEmpty();
    }

    [Fact]
    public void Serialize_ShouldWriteIndentedCamelCaseWithSchemaVersion_WhenGivenAGraph()
    {
        var json = PipelineGraphJson.Serialize(WebImages());

        json.ShouldStartWith("{\n  \"schemaVersion\": 1,\n  \"name\": \"web-images\",");
        json.ShouldContain("\"kind\": \"Image\"");
        json.ShouldContain("\"from\": \"source.image\"");
        json.ShouldContain("→ auto-orient → fit within 1920×1920");
        JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(WebImagesJson)).ShouldBeTrue();
    }

    [Fact]
    public void Serialize_ShouldRoundTripEveryField_WhenDeserializedAgain()
    {
        var settings = new JsonObject
        {
            ["nested"] = new JsonObject { ["list"] = new JsonArray(1, "two", null, true), ["ratio"] = 1.25 },
            ["empty"] = new JsonObject(),
        };
        var original = new PipelineGraph(
            "everything",
            null,
            [new GraphInput("clip", PortKind.Video), new GraphInput("photos", PortKind.ImageSet, "Several photos")],
            [Node("a", "video.frame", settings), new GraphNode("b", "image.resize", [], new GraphPosition(-12.5, 300))],
            [Edge("a.image", "b.image")],
            [Output("result", "b.image")]);

        var json = PipelineGraphJson.Serialize(original);
        var copy = PipelineGraphJson.Deserialize(json);

        ShouldHaveSameContent(copy, original);
        copy.Nodes[0].Settings.ToJsonString().ShouldBe(settings.ToJsonString());
        PipelineGraphJson.Serialize(copy).ShouldBe(json);
        json.ShouldNotContain("description\": null");
    }

    [Fact]
    public void Deserialize_ShouldGiveLineAndPosition_WhenJsonIsInvalid()
    {
        var ex = Should.Throw<GraphFormatException>(() => PipelineGraphJson.Deserialize("{\n  \"schemaVersion\": 1,\n  \"name\": oops\n}"));

        ex.Message.ShouldStartWith("The graph file is not valid JSON at line 3, position 11:");
        ex.InnerException.ShouldNotBeNull();
    }

    [Fact]
    public void Deserialize_ShouldRejectTheFile_WhenAPropertyIsRepeated()
    {
        var ex = Should.Throw<GraphFormatException>(() => PipelineGraphJson.Deserialize("{ \"schemaVersion\": 1,\n \"name\": \"a\", \"name\": \"b\", \"nodes\": [] }"));

        ex.Message.ShouldBe("The graph file is not valid JSON: Duplicate property 'name' encountered during deserialization.");
    }

    [Fact]
    public void Deserialize_ShouldAskForSchemaVersion_WhenItIsMissing()
    {
        var ex = Should.Throw<GraphFormatException>(() => PipelineGraphJson.Deserialize("""{ "name": "x", "nodes": [] }"""));

        ex.Message.ShouldBe(
            "The graph file has no \"schemaVersion\"; a graph file must declare the format version it uses, for example \"schemaVersion\": 2.");
    }

    [Fact]
    public void Deserialize_ShouldRefuseNewerFormats_WhenSchemaVersionIs99()
    {
        var ex = Should.Throw<GraphFormatException>(() => PipelineGraphJson.Deserialize("""{ "schemaVersion": 99, "name": "x", "nodes": [] }"""));

        ex.Message.ShouldBe(
            "The graph file has schemaVersion 99, which is newer than this version of MediaEngine supports (up to 2); upgrade MediaEngine to open it.");
    }

    [Theory]
    [InlineData("0", "schemaVersion 0, which is not valid")]
    [InlineData("\"1\"", "\"schemaVersion\": \"1\", but it must be a whole number")]
    [InlineData("1.5", "\"schemaVersion\": 1.5, but it must be a whole number")]
    public void Deserialize_ShouldRejectTheSchemaVersion_WhenItIsNotAPositiveWholeNumber(string version, string expected)
    {
        var ex = Should.Throw<GraphFormatException>(() => PipelineGraphJson.Deserialize($$"""{ "schemaVersion": {{version}}, "name": "x", "nodes": [] }"""));

        ex.Message.ShouldContain(expected);
    }

    [Fact]
    public void Deserialize_ShouldNameTheField_WhenAnEdgeHasAMalformedFrom()
    {
        var json = WebImagesJson.Replace("\"from\": \"source.image\", \"to\": \"fit.image\"", "\"from\": \"sourceimage\", \"to\": \"fit.image\"", StringComparison.Ordinal);

        var ex = Should.Throw<GraphFormatException>(() => PipelineGraphJson.Deserialize(json));

        ex.Message.ShouldStartWith("In the graph file, edges[0].from is invalid: \"sourceimage\" is not a port reference: expected \"node.port\"");
    }

    [Theory]
    [InlineData("""{ "schemaVersion": 1, "nodes": [] }""", "The graph file is missing the required field \"name\" (a string).")]
    [InlineData("""{ "schemaVersion": 1, "name": "x" }""", "The graph file is missing the required field \"nodes\" (an array).")]
    [InlineData("""{ "schemaVersion": 1, "name": "x", "nodes": [ { "id": "a" } ] }""", "In the graph file, nodes[0] is missing the required field \"type\" (a string).")]
    [InlineData("""{ "schemaVersion": 1, "name": "x", "nodes": [], "outputs": [ { "name": "o" } ] }""", "In the graph file, outputs[0] is missing the required field \"from\" (a string).")]
    [InlineData("""{ "schemaVersion": 1, "name": 5, "nodes": [] }""", "In the graph file, \"name\" must be a string, but is the number 5.")]
    [InlineData("""{ "schemaVersion": 1, "name": "x", "nodes": [ 7 ] }""", "In the graph file, nodes[0] must be a JSON object, but is the number 7.")]
    [InlineData("""{ "schemaVersion": 1, "name": "x", "nodes": [ { "id": "a", "type": "t", "settings": [] } ] }""", "In the graph file, nodes[0].settings must be a JSON object, but is an array.")]
    [InlineData("""{ "schemaVersion": 1, "name": "x", "nodes": [ { "id": "a", "type": "t", "position": { "x": 1 } } ] }""", "In the graph file, nodes[0].position is missing the required field \"y\" (a number).")]
    [InlineData("""[ 1, 2 ]""", "The graph file must contain a JSON object ({ ... }) at the top level.")]
    public void Deserialize_ShouldExplainWhatIsWrong_WhenAFieldIsMissingOrMistyped(string json, string expected)
    {
        Should.Throw<GraphFormatException>(() => PipelineGraphJson.Deserialize(json)).Message.ShouldBe(expected);
    }

    [Fact]
    public void Deserialize_ShouldListTheKinds_WhenAnInputHasAnUnknownKind()
    {
        var json = WebImagesJson.Replace("\"kind\": \"Image\"", "\"kind\": \"Picture\"", StringComparison.Ordinal);

        var ex = Should.Throw<GraphFormatException>(() => PipelineGraphJson.Deserialize(json));

        ex.Message.ShouldBe(
            "In the graph file, inputs[0].kind is \"Picture\", which is not a port kind; expected one of Image, ImageSet, Video, Audio, Text, Data.");
    }

    [Fact]
    public void Deserialize_ShouldDefaultOptionalParts_WhenTheyAreLeftOut()
    {
        var graph = PipelineGraphJson.Deserialize("""{ "schemaVersion": 1, "name": "bare", "nodes": [ { "id": "a", "type": "t" } ] }""");

        graph.Description.ShouldBeNull();
        graph.Inputs.ShouldBeEmpty();
        graph.Edges.ShouldBeEmpty();
        graph.Outputs.ShouldBeEmpty();
        graph.Nodes.ShouldHaveSingleItem().ShouldBe(new GraphNode("a", "t", []));
    }

    private static void ShouldHaveSameContent(PipelineGraph actual, PipelineGraph expected)
    {
        actual.Name.ShouldBe(expected.Name);
        actual.Description.ShouldBe(expected.Description);
        actual.Inputs.ShouldBe(expected.Inputs);
        actual.Nodes.ShouldBe(expected.Nodes);
        actual.Edges.ShouldBe(expected.Edges);
        actual.Outputs.ShouldBe(expected.Outputs);
    }
}
