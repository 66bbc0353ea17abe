using Bunit;
using MediaEngine.Web.Components.Pages.Presets;
using MediaEngine.Web.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace MediaEngine.Web.Tests.Components.Pages.Presets;

public sealed class PresetsPageTests : MudBunitContext, IAsyncLifetime
{
    private JobPageServices _services = default!;
    private IRenderedComponent<MudDialogProvider> _dialogs = default!;

    public async ValueTask InitializeAsync()
    {
        _services = await JobPageServices.CreateAsync();
        PresetPageData.AddTo(_services, Services);
        await PresetPageData.SeedAsync(_services);
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _services.DisposeAsync();
    }

    private IRenderedComponent<PresetsPage> RenderAs(string role, int rows = 2)
    {
        PresetPageData.SignIn(this, role);
        Render<MudPopoverProvider>();
        _dialogs = Render<MudDialogProvider>();
        var page = Render<PresetsPage>();
        page.WaitForAssertion(() => page.FindAll("[data-testid=preset-row]").Count.ShouldBe(rows));
        return page;
    }

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<PresetsPage> page, string slug) =>
        page.Find($"[data-testid=preset-row][data-slug='{slug}']").ParentElement!;

    private static string Cell(IRenderedComponent<PresetsPage> page, string slug, string testId) =>
        Row(page, slug).QuerySelector($"[data-testid={testId}]")!.TextContent.Trim();

    [Fact]
    public void Render_ShouldListSeededPresetsWithLatestVersionRunsAndSuccessRate_WhenJobsExist()
    {
        var page = RenderAs("Viewer");

        page.FindAll("[data-testid=preset-row]").Select(r => r.GetAttribute("data-slug")).ShouldBe(["shop-photos", "web-images"]);
        Cell(page, "web-images", "preset-row-version").ShouldBe("v1");
        Cell(page, "web-images", "preset-row-success").ShouldBe("75 %");
        Cell(page, "web-images", "preset-row-last-run").ShouldBe("30 min ago");
        Row(page, "web-images").QuerySelector("[data-testid=preset-kind]")!.GetAttribute("data-kind").ShouldBe("system");
        Cell(page, "shop-photos", "preset-row-version").ShouldBe("v2");
        Cell(page, "shop-photos", "preset-row-success").ShouldBe("—");
        Cell(page, "shop-photos", "preset-row-last-run").ShouldBe("never");
        Cell(page, "shop-photos", "preset-row-rating").ShouldBe("no ratings yet");
        Row(page, "shop-photos").QuerySelector("[data-testid=preset-kind]")!.GetAttribute("data-kind").ShouldBe("user");
        Row(page, "shop-photos").QuerySelectorAll("svg.me-graph--compact g[data-node]").Select(g => g.GetAttribute("data-node"))
            .ShouldBe(["source", "fit", "webp", "thumb"]);
    }

    [Fact]
    public void Search_ShouldListOnlyMatchingPresets_WhenTextIsTyped()
    {
        var page = RenderAs("Viewer");

        var search = page.Find("input[data-testid=presets-search]");
        search.Input("SHOP");
        search.Blur();

        page.WaitForAssertion(() =>
            page.FindAll("[data-testid=preset-row]").Select(r => r.GetAttribute("data-slug")).ShouldBe(["shop-photos"]));
    }

    [Fact]
    public void Render_ShouldOfferExportButNoImportOrClone_ForAViewer()
    {
        var page = RenderAs("Viewer");

        page.FindAll("[data-testid=preset-import]").ShouldBeEmpty();
        page.FindAll("[data-testid=preset-clone]").ShouldBeEmpty();
        Row(page, "web-images").QuerySelector("[data-testid=preset-export]")!.GetAttribute("href")
            .ShouldBe("/files/presets/web-images/export");
    }

    [Fact]
    public void Import_ShouldListEveryProblemAndAddNothing_WhenTheFileIsInvalid()
    {
        var page = RenderAs("Operator");
        var bad = PresetPageData.WithWebpQuality(80)
            .Replace("\"image.convert\"", "\"image.teleport\"", StringComparison.Ordinal)
            .Replace("\"width\": 1920", "\"width\": 0", StringComparison.Ordinal)
            .Replace("\"name\": \"web-images\"", "\"name\": \"Broken photos\"", StringComparison.Ordinal);

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(bad, "broken.json", contentType: "application/json"));

        page.WaitForAssertion(() => page.Find("[data-testid=preset-import-problems]").QuerySelectorAll("li").Count.ShouldBe(2));
        var problems = page.Find("[data-testid=preset-import-problems]").TextContent;
        problems.ShouldContain("unknown type \"image.teleport\"");
        problems.ShouldContain("Node \"fit\" (image.resize) has invalid settings");
        page.FindAll("[data-testid=preset-row]").Count.ShouldBe(2);
    }

    [Fact]
    public async Task Import_ShouldAddTheUserPresetToTheList_WhenTheFileIsValid()
    {
        var page = RenderAs("Operator");
        var file = PresetPageData.WithWebpQuality(70).Replace("\"name\": \"web-images\"", "\"name\": \"Catalogue photos\"", StringComparison.Ordinal);

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(file, "catalogue.json", contentType: "application/json"));

        page.WaitForAssertion(() => page.FindAll("[data-testid=preset-row]").Select(r => r.GetAttribute("data-slug"))
            .ShouldBe(["catalogue-photos", "shop-photos", "web-images"]));
        await using var db = _services.Db();
        (await db.Presets.SingleAsync(p => p.Slug == "catalogue-photos")).IsSystem.ShouldBeFalse();
    }

    [Fact]
    public async Task Clone_ShouldCreateTheUserPresetAndOpenIt_WhenAnOperatorConfirmsTheDialog()
    {
        var page = RenderAs("Operator");

        Row(page, "web-images").QuerySelector("[data-testid=preset-clone]")!.Click();
        _dialogs.WaitForAssertion(() => _dialogs.Find("input[data-testid=clone-slug]").GetAttribute("value").ShouldBe("web-images-copy"));
        _dialogs.Find("input[data-testid=clone-name]").GetAttribute("value").ShouldBe("Web images (copy)");
        _dialogs.Find("input[data-testid=clone-name]").Input("Web images for the shop");
        _dialogs.Find("input[data-testid=clone-slug]").Input("shop-web");
        _dialogs.Find("[data-testid=clone-submit]").Click();

        page.WaitForAssertion(() => Services.GetRequiredService<NavigationManager>().Uri.ShouldEndWith("/presets/shop-web"));
        await using var db = _services.Db();
        var clone = await db.Presets.SingleAsync(p => p.Slug == "shop-web");
        clone.Name.ShouldBe("Web images for the shop");
        clone.ClonedFromId.ShouldNotBeNull();
    }
}
