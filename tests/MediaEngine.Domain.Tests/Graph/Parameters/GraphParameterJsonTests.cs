using System.Text.Json.Nodes;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Graph.Parameters;

namespace MediaEngine.Domain.Tests.Graph.Parameters;

public sealed class GraphParameterJsonTests
{
    [Fact]
    public void Serialize_ShouldWriteSchemaVersion2WithParametersAndBindings_AndReadThemBack()
    {
        var graph = BrandKitGraphs.Slides(BrandKitGraphs.Background with { Description = "Slide colour" }, BrandKitGraphs.Aspect, new GraphParameter("logo", GraphParameterKind.Image));

        var json = PipelineGraphJson.Serialize(graph);
        var back = PipelineGraphJson.Deserialize(json);

        JsonNode.Parse(json)!["schemaVersion"]!.GetValue<int>().ShouldBe(2);
        json.ShouldContain("\"$param\": \"background\"");
        json.IndexOf("\"parameters\"", StringComparison.Ordinal).ShouldBeLessThan(json.IndexOf("\"nodes\"", StringComparison.Ordinal));
        back.Parameters.ShouldBe(graph.Parameters);
        back.Parameters[1].Choices.ShouldBe(["Square", "Portrait", "Story"]);
        back.Parameters[2].Default.ShouldBeNull();
        back.Nodes.ShouldBe(graph.Nodes);
    }

    [Fact]
    public void Serialize_ShouldKeepSchemaVersion1_WhenTheGraphHasNoParameters() =>
        JsonNode.Parse(PipelineGraphJson.Serialize(TestGraphs.WebImages()))!["schemaVersion"]!.GetValue<int>().ShouldBe(1);

    [Fact]
    public void Deserialize_ShouldReadAVersion1File_WithoutParameters()
    {
        var graph = PipelineGraphJson.Deserialize(TestGraphs.WebImagesJson);

        graph.Parameters.ShouldBeEmpty();
        graph.SchemaVersion.ShouldBe(1);
    }

    [Fact]
    public void Deserialize_ShouldRefuseParameters_InAVersion1File()
    {
        var ex = Should.Throw<GraphFormatException>(() => PipelineGraphJson.Deserialize(
            """{ "schemaVersion": 1, "name": "x", "parameters": [ { "name": "accent", "kind": "Colour" } ], "nodes": [] }"""));

        ex.Message.ShouldContain("parameters need \"schemaVersion\": 2");
    }

    [Theory]
    [InlineData("""{ "name": "accent" }""", "parameters[0] is missing the required field \"kind\"")]
    [InlineData("""{ "name": "accent", "kind": "Paint" }""", "parameters[0].kind is \"Paint\", which is not a parameter kind")]
    [InlineData("""{ "name": "style", "kind": "Choice", "choices": [ 1 ] }""", "parameters[0].choices[0] must be a string")]
    public void Deserialize_ShouldNameTheField_WhenAParameterIsMalformed(string parameter, string expected)
    {
        var ex = Should.Throw<GraphFormatException>(() => PipelineGraphJson.Deserialize(
            $$"""{ "schemaVersion": 2, "name": "x", "parameters": [ {{parameter}} ], "nodes": [] }"""));

        ex.Message.ShouldContain(expected);
    }
}
