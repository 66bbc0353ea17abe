using System.Security.Claims;
using Bunit;
using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using MediaEngine.Pipelines.Assets;
using MediaEngine.Web.Auth;
using MediaEngine.Web.Components.Pages.Assets;
using MediaEngine.Web.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace MediaEngine.Web.Tests.Components.Pages.Assets;

public sealed class AssetCollectionsPageTests : MudBunitContext, IAsyncLifetime
{
    private static readonly DateTime T0 = DateTime.UtcNow.AddHours(-2);
    private static readonly AuditActor Olga = new(null, "olga@example.com");

    private AssetPageServices _services = default!;
    private Asset _beach = default!;
    private Asset _clip = default!;
    private Asset _tone = default!;
    private CollectionSummary _spring = default!;
    private IRenderedComponent<MudDialogProvider> _dialogs = default!;

    public async ValueTask InitializeAsync()
    {
        _services = await AssetPageServices.CreateAsync();
        _services.AddTo(Services);
        _beach = await _services.AddAssetAsync("beach.png", MediaKind.Image, T0);
        _clip = await _services.AddAssetAsync("clip.mp4", MediaKind.Video, T0.AddMinutes(1));
        _tone = await _services.AddAssetAsync("tone.wav", MediaKind.Audio, T0.AddMinutes(2));
        var collections = _services.Get<AssetCollections>();
        _spring = await collections.CreateAsync("Spring campaign", null, Olga);
        await collections.CreateAsync("Summer", null, Olga);
        await collections.AddAssetsAsync(_spring.Id, [_beach.Id], Olga);
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _services.DisposeAsync();
    }

    private IRenderedComponent<AssetsPage> RenderAs(string role, string url, int expectedCards)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized($"{role} user");
        auth.SetRoles(role);
        auth.SetClaims(new Claim(ClaimTypes.Role, role));
        auth.SetPolicies(role == "Operator" ? [Policies.Viewer, Policies.Operator] : [Policies.Viewer]);
        Render<MudPopoverProvider>();
        _dialogs = Render<MudDialogProvider>();
        Services.GetRequiredService<NavigationManager>().NavigateTo(url);
        var page = Render<AssetsPage>();
        page.WaitForAssertion(() => page.FindAll("[data-testid=asset-card]").Count.ShouldBe(expectedCards));
        return page;
    }

    private static void Tick(IRenderedComponent<AssetsPage> page, Asset asset) =>
        page.Find($"[data-testid=asset-card][data-asset-id='{asset.Id}']")
            .QuerySelector("input[data-testid=asset-select], [data-testid=asset-select] input")!.Change(true);

    private static IReadOnlyList<string> Names(IRenderedComponent<AssetsPage> page) =>
        [.. page.FindAll("[data-testid=asset-card] [data-testid=asset-name]").Select(e => e.TextContent.Trim())];

    [Fact]
    public void Render_ShouldShowOnlyTheCollectionsAssetsWithTheirChips_WhenTheAddressNamesACollection()
    {
        var page = RenderAs("Viewer", "/assets?collection=spring%20campaign", expectedCards: 1);

        Names(page).ShouldBe(["beach.png"]);
        page.Find("[data-testid=asset-card] [data-testid=asset-collection]").GetAttribute("data-collection").ShouldBe("Spring campaign");
        page.FindAll("[data-testid=asset-select]").ShouldBeEmpty("viewers do not select");
    }

    [Fact]
    public async Task Selection_ShouldAddTheTickedAssetsToTheChosenCollection_WhenAnOperatorAddsThem()
    {
        var page = RenderAs("Operator", "/assets", expectedCards: 3);

        Tick(page, _clip);
        Tick(page, _tone);
        page.Find("[data-testid=assets-selection-count]").TextContent.ShouldBe("2 assets selected");
        var select = page.FindComponent<AssetSelectionBar>().FindComponent<MudSelect<Guid?>>();
        await page.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(_spring.Id));
        page.Find("[data-testid=assets-selection-add]").Click();

        page.WaitForAssertion(() => page.Find("[data-testid=assets-selection-message]").TextContent.ShouldBe("2 added to Spring campaign."));
        page.WaitForAssertion(() => page.FindAll("[data-testid=asset-collection][data-collection='Spring campaign']").Count.ShouldBe(3));
        await using var db = _services.Db();
        (await db.CollectionAssets.CountAsync(m => m.CollectionId == _spring.Id)).ShouldBe(3);
        (await db.AuditEvents.CountAsync(e => e.Action == "collection.assets-added" && e.Actor == "Operator user")).ShouldBe(1);
    }

    [Fact]
    public async Task Detail_ShouldAddToACollectionAndSayWhoUploadedItAgain_WhenASecondPersonSentTheSameContent()
    {
        var audit = _services.Get<IAuditLog>();
        await audit.WriteAsync(new AuditEntry(Olga, "asset.uploaded", $"asset:{_clip.Id}", "name=clip.mp4; duplicate=False; sent=clip.mp4"));
        await audit.WriteAsync(new AuditEntry(new AuditActor(null, "ben@example.com"), "asset.uploaded", $"asset:{_clip.Id}", "name=clip.mp4; duplicate=True; sent=teaser-copy.mp4"));
        var page = RenderAs("Operator", "/assets", expectedCards: 3);

        page.Find($"[data-testid=asset-card][data-asset-id='{_clip.Id}']").Click();
        _dialogs.WaitForAssertion(() => _dialogs.Find("[data-testid=asset-uploaded-again]").TextContent
            .ShouldContain("by ben@example.com on"));
        _dialogs.Find("[data-testid=asset-uploaded-again]").TextContent.ShouldContain("as 'teaser-copy.mp4' · linked, not stored twice");
        var select = _dialogs.FindComponents<MudSelect<Guid?>>().Single();
        await _dialogs.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(_spring.Id));
        _dialogs.Find("[data-testid=asset-collection-add]").Click();

        _dialogs.WaitForAssertion(() => _dialogs.FindAll("[data-testid=asset-detail-collection]").Select(c => c.GetAttribute("data-collection")).ShouldBe(["Spring campaign"]));
        (await _services.Get<AssetCollections>().OfAssetsAsync([_clip.Id]))[_clip.Id].ShouldHaveSingleItem().Name.ShouldBe("Spring campaign");
    }
}
