using Bunit;
using MediaEngine.Domain.Entities;
using MediaEngine.Web.Components.Pages.Presets;
using MediaEngine.Web.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace MediaEngine.Web.Tests.Components.Pages.Presets;

public sealed class PresetDetailPageTests : MudBunitContext, IAsyncLifetime
{
    private JobPageServices _services = default!;
    private PresetVersion _webImages = default!;

    public async ValueTask InitializeAsync()
    {
        _services = await JobPageServices.CreateAsync();
        PresetPageData.AddTo(_services, Services);
        (_webImages, _) = await PresetPageData.SeedAsync(_services);
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _services.DisposeAsync();
    }

    private IRenderedComponent<PresetDetailPage> RenderAs(string role, string slug, string query = "")
    {
        PresetPageData.SignIn(this, role);
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/presets/{slug}{query}");
        Render<MudPopoverProvider>();
        Render<MudDialogProvider>();
        var page = Render<PresetDetailPage>(p => p.Add(d => d.Slug, slug));
        page.WaitForElement("[data-testid=preset-name]");
        return page;
    }

    [Fact]
    public void Render_ShouldShowTheGraphAndTheVersionHistoryNewestFirst_WhenThePresetHasTwoVersions()
    {
        var page = RenderAs("Viewer", "shop-photos");

        page.Find("[data-testid=preset-name]").TextContent.ShouldBe("Shop photos");
        page.Find("[data-testid=preset-slug]").TextContent.ShouldBe("shop-photos@2");
        page.FindAll("[data-testid=preset-graph] g[data-node]").Select(g => g.GetAttribute("data-node")).ShouldBe(["source", "fit", "webp", "thumb"]);
        var versions = page.FindAll("[data-testid=preset-version]");
        versions.Select(v => v.GetAttribute("data-version")).ShouldBe(["2", "1"]);
        versions[0].QuerySelector("[data-testid=preset-version-note]")!.TextContent.ShouldBe("Smaller files");
        versions[0].QuerySelector("[data-testid=preset-version-by]")!.TextContent.ShouldBe("Olga Operator");
        versions[1].QuerySelector("[data-testid=preset-version-note]")!.TextContent.ShouldBe("Cloned from web-images@1");
    }

    [Fact]
    public void Render_ShouldShowTheVersionAskedFor_WhenTheAddressNamesAnOlderVersion()
    {
        var page = RenderAs("Operator", "shop-photos", "?version=1");

        page.Find("[data-testid=preset-shown-version]").GetAttribute("data-version").ShouldBe("1");
        page.Find("[data-testid=preset-older-version]").TextContent.ShouldContain("version 1 of 2");
        page.FindAll("[data-testid=preset-version]").Select(v => (v.GetAttribute("data-version"), v.GetAttribute("data-shown")))
            .ShouldBe([("2", "false"), ("1", "true")]);
        page.Find("[data-testid=preset-version][data-version='2'] [data-testid=preset-version-show]").GetAttribute("href").ShouldBe("/presets/shop-photos?version=2");
        var run = page.Find("[data-testid=preset-run]");
        (run.GetAttribute("href"), run.TextContent.Trim()).ShouldBe(("/jobs/new?preset=shop-photos&version=1", "Run version 1"));
        page.FindAll("[data-testid=preset-graph] g[data-node]").Count.ShouldBe(4);
    }

    [Fact]
    public void Render_ShouldShowTheLatestVersion_WhenTheVersionAskedForDoesNotExist()
    {
        var page = RenderAs("Viewer", "shop-photos", "?version=9");

        page.Find("[data-testid=preset-shown-version]").GetAttribute("data-version").ShouldBe("2");
        page.FindAll("[data-testid=preset-older-version]").ShouldBeEmpty();
    }

    [Fact]
    public void Render_ShouldDiffTheLastTwoVersionsShowingTheChangedSetting_WhenOpened()
    {
        var page = RenderAs("Viewer", "shop-photos");

        var diff = page.Find("[data-testid=preset-diff]");
        diff.GetAttribute("data-from").ShouldBe("1");
        diff.GetAttribute("data-to").ShouldBe("2");
        diff.QuerySelectorAll("[data-change]").Select(c => c.GetAttribute("data-change")).ShouldBe(["node-changed"]);
        var setting = diff.QuerySelector("[data-change=node-changed][data-node=webp] [data-testid=preset-diff-setting]")!;
        setting.GetAttribute("data-setting").ShouldBe("quality");
        setting.TextContent.ShouldBe("quality: 80 → 60");
        page.Find("[data-testid=preset-diff-to] g[data-node=webp]").ClassList.ShouldContain("me-diff-node--changed");
        page.Find("[data-testid=preset-diff-to] g[data-node=fit]").ClassList.ShouldNotContain("me-diff-node--changed");
    }

    [Fact]
    public async Task Restore_ShouldAddTheOldGraphAsANewVersion_WhenAnOperatorRestoresVersionOne()
    {
        var page = RenderAs("Operator", "shop-photos");

        page.Find("[data-testid=preset-version][data-version='1'] [data-testid=preset-restore]").Click();

        page.WaitForAssertion(() => page.FindAll("[data-testid=preset-version]").Select(v => v.GetAttribute("data-version")).ShouldBe(["3", "2", "1"]));
        page.Find("[data-testid=preset-version][data-version='3'] [data-testid=preset-version-note]").TextContent.ShouldBe("Restored from version 1");
        page.Find("[data-testid=preset-slug]").TextContent.ShouldBe("shop-photos@3");
        await using var db = _services.Db();
        var versions = await db.PresetVersions.Where(v => v.Preset!.Slug == "shop-photos").OrderBy(v => v.Version).ToListAsync();
        versions[2].GraphJson.ShouldBe(versions[0].GraphJson);
    }

    [Fact]
    public void Render_ShouldSayReadOnlyAndOfferNoRestore_WhenThePresetIsASystemPreset()
    {
        var page = RenderAs("Operator", "web-images");

        page.Find("[data-testid=preset-readonly]").TextContent.ShouldContain("read-only");
        page.FindAll("[data-testid=preset-restore]").ShouldBeEmpty();
        page.FindAll("[data-testid=preset-clone]").Count.ShouldBe(1);
    }

    [Fact]
    public void Render_ShouldOfferNeitherCloneNorRestore_ForAViewer()
    {
        var page = RenderAs("Viewer", "shop-photos");

        page.FindAll("[data-testid=preset-restore]").ShouldBeEmpty();
        page.FindAll("[data-testid=preset-clone]").ShouldBeEmpty();
        page.Find("[data-testid=preset-export]").GetAttribute("href").ShouldBe("/files/presets/shop-photos/export");
    }

    [Fact]
    public async Task Render_ShouldLinkTheRecentJobsOfThePreset_WhenItHasRun()
    {
        var page = RenderAs("Viewer", "web-images");

        var jobs = page.FindAll("[data-testid=preset-job]");
        jobs.Count.ShouldBe(4);
        await using var db = _services.Db();
        var ids = await db.Jobs.Where(j => j.PresetVersionId == _webImages.Id).Select(j => j.Id).ToListAsync();
        jobs.Select(j => Guid.Parse(j.GetAttribute("data-job-id")!)).ShouldBe(ids, ignoreOrder: true);
        jobs[0].QuerySelector("a")!.GetAttribute("href").ShouldBe($"/jobs/{jobs[0].GetAttribute("data-job-id")}");
    }

    [Fact]
    public void Render_ShouldSayThePresetIsMissing_WhenTheSlugIsUnknown()
    {
        PresetPageData.SignIn(this, "Viewer");
        var page = Render<PresetDetailPage>(p => p.Add(d => d.Slug, "no-such-preset"));

        page.WaitForElement("[data-testid=preset-missing]").TextContent.ShouldContain("There is no preset \"no-such-preset\"");
    }
}
