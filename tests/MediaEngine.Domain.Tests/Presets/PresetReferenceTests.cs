using MediaEngine.Domain.Presets;

namespace MediaEngine.Domain.Tests.Presets;

public sealed class PresetReferenceTests
{
    private static readonly Guid Id = Guid.Parse("0b7e6c1a-3f7d-4c55-9a1e-2d9f1c7e8a10");

    [Fact]
    public void Parse_ShouldReadAPresetIdWithAPinnedVersion_WhenTheTextIsIdAtVersion()
    {
        var reference = PresetReference.Parse($"{Id}@3");

        reference.ShouldBe(new PresetReference(null, 3, Id));
        reference.ToString().ShouldBe($"{Id}@3");
    }

    [Theory]
    [InlineData("web-images", "web-images", null)]
    [InlineData("web-images@2", "web-images", 2)]
    public void Parse_ShouldReadASlugWithOrWithoutVersion(string text, string slug, int? version) =>
        PresetReference.Parse(text).ShouldBe(new PresetReference(slug, version, null));

    [Fact]
    public void Parse_ShouldReadABareId_AsAnIdWithoutVersion() =>
        PresetReference.Parse(Id.ToString()).ShouldBe(new PresetReference(null, null, Id));

    [Theory]
    [InlineData("web-images@0")]
    [InlineData("web-images@x")]
    [InlineData("@2")]
    public void Parse_ShouldRefuse_WhenTheVersionIsNotAWholeNumberFromOne(string text) =>
        Should.Throw<ArgumentException>(() => PresetReference.Parse(text)).Message.ShouldContain("<id>@<version>");
}
