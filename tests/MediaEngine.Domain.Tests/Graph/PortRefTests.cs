using MediaEngine.Domain.Graph;

namespace MediaEngine.Domain.Tests.Graph;

public sealed class PortRefTests
{
    [Fact]
    public void Parse_ShouldSplitAtTheFirstDot_WhenTextIsNodeDotPort()
    {
        var port = PortRef.Parse("fit.image");

        port.ShouldBe(new PortRef("fit", "image"));
        port.ToString().ShouldBe("fit.image");
    }

    [Theory]
    [InlineData("")]
    [InlineData("fitimage")]
    [InlineData(".image")]
    [InlineData("fit.")]
    public void Parse_ShouldThrowAClearFormatException_WhenTextIsNotNodeDotPort(string text)
    {
        var ex = Should.Throw<FormatException>(() => PortRef.Parse(text));

        ex.Message.ShouldContain($"\"{text}\"");
        ex.Message.ShouldContain("\"node.port\"");
        PortRef.TryParse(text, out _).ShouldBeFalse();
    }
}
