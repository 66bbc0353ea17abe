using MediaEngine.Pipelines.Execution;
using MediaEngine.Pipelines.Tests.Support;

namespace MediaEngine.Pipelines.Tests.Execution;

public sealed class SettingOverridesTests
{
    [Theory]
    [InlineData("fit.width=800", "fit.width", "800")]
    [InlineData("webp.format=Png", "webp.format", "\"Png\"")]
    [InlineData("x.flag=true", "x.flag", "true")]
    [InlineData("t.text=\"a=b\"", "t.text", "\"a=b\"")]
    public void Parse_ShouldReadJsonValuesAndFallBackToText(string assignment, string key, string json)
    {
        var (parsedKey, value) = SettingOverrides.Parse(assignment);

        parsedKey.ShouldBe(key);
        value!.ToJsonString().ShouldBe(json);
    }

    [Fact]
    public void Apply_ShouldChangeOnlyTheNamedSetting_AndLeaveTheOriginalGraphAlone()
    {
        var graph = Graphs.Build([("a", "test.source", """{"text":"x"}""")], [], "out=a.text");

        var changed = SettingOverrides.Apply(graph, [SettingOverrides.Parse("a.text=y")]);

        changed.FindNode("a")!.Settings["text"]!.GetValue<string>().ShouldBe("y");
        graph.FindNode("a")!.Settings["text"]!.GetValue<string>().ShouldBe("x");
    }

    [Fact]
    public void Apply_ShouldNameTheNodes_WhenOverrideTargetsAnUnknownNode()
    {
        var graph = Graphs.Build([("a", "test.source", "{}")], [], "out=a.text");

        var ex = Should.Throw<ArgumentException>(() => SettingOverrides.Apply(graph, [SettingOverrides.Parse("b.text=y")]));

        ex.Message.ShouldContain("no node 'b'");
        ex.Message.ShouldContain("Nodes: a");
    }
}
