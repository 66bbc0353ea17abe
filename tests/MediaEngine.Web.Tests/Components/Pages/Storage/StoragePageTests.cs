using Bunit;
using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using MediaEngine.Pipelines.Artifacts;
using MediaEngine.Pipelines.Storage;
using MediaEngine.Web.Auth;
using MediaEngine.Web.Components.Pages.Storage;
using MediaEngine.Web.Tests.Components.Pages.Assets;
using MediaEngine.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MediaEngine.Web.Tests.Components.Pages.Storage;

public sealed class StoragePageTests : MudBunitContext, IAsyncLifetime
{
    private AssetPageServices _services = default!;
    private string _intermediate = default!;

    public async ValueTask InitializeAsync()
    {
        _services = await AssetPageServices.CreateAsync();
        _services.AddTo(Services);
        Services.AddSingleton(_services.Get<StorageUsageQuery>());
        Services.AddSingleton(_services.Get<StorageCleanupService>());
        Services.AddSingleton(_services.Get<AuditTrail>());
        Services.AddSingleton(_services.Get<IOptions<StorageOptions>>());
        var source = Store(2048, ".png");
        _intermediate = Store(4096, ".png");
        var published = Store(1024, ".webp");
        await using var db = _services.Db();
        db.Assets.Add(new Asset { Name = "beach.png", MimeType = "image/png", Sha256 = source, SizeBytes = 2048 });
        db.Artifacts.AddRange(
            Artifact(_intermediate, 4096, published: false, DateTime.UtcNow.AddDays(-45)),
            Artifact(published, 1024, published: true, DateTime.UtcNow.AddDays(-45)));
        await db.SaveChangesAsync();
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _services.DisposeAsync();
    }

    private string Store(int bytes, string extension)
    {
        var data = System.Security.Cryptography.RandomNumberGenerator.GetBytes(bytes);
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(data));
        var path = _services.Get<ArtifactStore>().PathFor(sha, extension);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, data);
        return sha;
    }

    private static Artifact Artifact(string sha, long size, bool published, DateTime createdAt) => new()
    {
        Sha256 = sha,
        Kind = MediaKind.Image,
        MimeType = "image/png",
        SizeBytes = size,
        NodeId = published ? "webp" : "fit",
        PortName = "image",
        IsPublished = published,
        CreatedAt = createdAt,
    };

    [Fact]
    public void Render_ShouldShowTheSpaceOfEachPartAndWhatACleanupWouldFree_ForAnAdmin()
    {
        SignInAs("admin@example.com", "Admin", Policies.Viewer, Policies.Operator, Policies.Admin);

        var page = Render<StoragePage>();

        page.WaitForAssertion(() => page.Find("[data-testid=storage-total]").GetAttribute("data-bytes").ShouldBe("7168"));
        page.Find("[data-testid=storage-sources]").TextContent.ShouldContain("2 KB");
        page.Find("[data-testid=storage-published]").TextContent.ShouldContain("1 KB");
        page.Find("[data-testid=storage-intermediates]").TextContent.ShouldContain("4 KB");
        page.Find("[data-testid=storage-by-kind] tr[data-kind=Image]").TextContent.ShouldContain("7 KB");
        page.Find("[data-testid=storage-note]").TextContent.ShouldContain("each distinct file");
        page.Find("[data-testid=storage-preview]").TextContent.ShouldContain("would free 4 KB in 1 file, from 1 intermediate output");
    }

    [Fact]
    public async Task CleanUp_ShouldRemoveTheOldIntermediateAuditItAndShowTheNewFigures_WhenConfirmed()
    {
        SignInAs("admin@example.com", "Admin", Policies.Viewer, Policies.Operator, Policies.Admin);
        var page = Render<StoragePage>();
        page.WaitForElement("[data-testid=storage-preview]");

        await page.Find("[data-testid=storage-cleanup-run]").ClickAsync(new());
        await page.Find("[data-testid=storage-cleanup-yes]").ClickAsync(new());

        page.WaitForAssertion(() => page.Find("[data-testid=storage-result]").TextContent.ShouldContain("Freed 4 KB in 1 file; 1 output marked as removed by storage cleanup"));
        page.Find("[data-testid=storage-intermediates]").GetAttribute("data-bytes").ShouldBe("0");
        page.Find("[data-testid=storage-preview]").TextContent.ShouldContain("Nothing to remove now");
        page.Find("[data-testid=storage-last-run]").TextContent.ShouldContain("files=1; bytes=4096");
        _services.Get<ArtifactStore>().Find(_intermediate).ShouldBeNull();
        await using var db = _services.Db();
        (await db.AuditEvents.SingleAsync(e => e.Action == "storage.cleanup")).Actor.ShouldBe("admin@example.com");
    }
}
