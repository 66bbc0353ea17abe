using System.Text.Json.Nodes;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Media;
using MediaEngine.Pipelines.Tests.Nodes.Video;

namespace MediaEngine.Pipelines.Tests.Nodes.Audio;

public sealed class TextInputNodeTests : IDisposable
{
    private readonly NodeBench _bench = new();

    public void Dispose() => _bench.Dispose();

    [Fact]
    public async Task TextInput_ShouldWriteTheTypedText_WhenGivenText()
    {
        var outputs = await _bench.RunAsync("text.input", """{"text":"Grüße — hello."}""", []);

        var file = outputs.Files.ShouldHaveSingleItem();
        (file.Port, file.Kind, file.MimeType, Path.GetExtension(file.FilePath)).ShouldBe(("text", PortKind.Text, "text/plain", ".txt"));
        (await File.ReadAllTextAsync(file.FilePath, TestContext.Current.CancellationToken)).ShouldBe("Grüße — hello.");
    }

    [Fact]
    public async Task TextInput_ShouldReadTheSuppliedFileWithoutItsBom_WhenGivenAGraphInput()
    {
        var script = _bench.Media.File("script.txt");
        await File.WriteAllTextAsync(script, "Welcome to the tour.", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true), TestContext.Current.CancellationToken);

        var outputs = await _bench.RunAsync("text.input", """{"input":"script"}""", [], NodeBench.On("script", NodeBench.Artifact(script, PortKind.Text)));

        var file = outputs.Files.ShouldHaveSingleItem();
        (await File.ReadAllBytesAsync(file.FilePath, TestContext.Current.CancellationToken)).ShouldBe("Welcome to the tour."u8.ToArray());
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00 }, "it is not UTF-8 text")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x09 }, "it contains no text")]
    public async Task TextInput_ShouldRefuseNamingTheFile_WhenItIsNotUsableText(byte[] content, string reason)
    {
        var script = _bench.Media.File("notes.txt");
        await File.WriteAllBytesAsync(script, content, TestContext.Current.CancellationToken);

        var ex = await Should.ThrowAsync<MediaInputException>(() =>
            _bench.RunAsync("text.input", """{"input":"script"}""", [], NodeBench.On("script", NodeBench.Artifact(script, PortKind.Text))));

        ex.Message.ShouldBe($"'notes.txt' cannot be used: {reason}");
    }

    [Theory]
    [InlineData("""{}""", "both are empty")]
    [InlineData("""{"input":"script","text":"Hi"}""", "not both")]
    public void ValidateSettings_ShouldAskForExactlyOneSource(string json, string expected)
    {
        _bench.Catalog.ValidateSettings("text.input", JsonNode.Parse(json)!.AsObject()).ShouldHaveSingleItem().ShouldContain(expected);
    }
}
