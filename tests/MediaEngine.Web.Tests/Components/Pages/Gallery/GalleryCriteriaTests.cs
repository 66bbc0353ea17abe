using MediaEngine.Domain.Entities;
using MediaEngine.Web.Components.Pages.Gallery;

namespace MediaEngine.Web.Tests.Components.Pages.Gallery;

public sealed class GalleryCriteriaTests
{
    [Fact]
    public void Parse_ShouldReadEveryFilterFromTheAddress_AndWriteItBackTheSame()
    {
        var job = Guid.NewGuid();

        var criteria = GalleryCriteria.Parse(" web-images ", 2, job, "video", "2026-11-01", "2026-11-30", " beach ", "hero", 4);

        criteria.ShouldBe(new GalleryCriteria("web-images", 2, job, MediaKind.Video, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), "beach", "hero", 4));
        criteria.ToQuery().ShouldBe(new Dictionary<string, object?>
        {
            ["preset"] = "web-images", ["version"] = 2, ["job"] = job, ["kind"] = "Video", ["from"] = "2026-11-01", ["to"] = "2026-11-30",
            ["q"] = "beach", ["tag"] = "hero", ["rating"] = 4,
        });
        criteria.IsFiltered.ShouldBeTrue();
    }

    [Fact]
    public void Parse_ShouldIgnoreValuesThatDoNotParse_SoThatAHandEditedLinkStillOpens()
    {
        var criteria = GalleryCriteria.Parse(null, 3, null, "Hologram", "yesterday", "2026-13-40", "  ", null, 9);

        criteria.ShouldBe(new GalleryCriteria());
        criteria.IsFiltered.ShouldBeFalse();
        criteria.ToQuery().Values.ShouldAllBe(v => v == null);
    }

    [Fact]
    public void ToFilter_ShouldCoverWholeLocalDays_WithTheLastDayIncluded()
    {
        var filter = new GalleryCriteria(From: new DateOnly(2026, 11, 1), To: new DateOnly(2026, 11, 1)).ToFilter();

        filter.From.ShouldBe(new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Local).ToUniversalTime());
        filter.To.ShouldBe(new DateTime(2026, 11, 2, 0, 0, 0, DateTimeKind.Local).ToUniversalTime());
    }
}
