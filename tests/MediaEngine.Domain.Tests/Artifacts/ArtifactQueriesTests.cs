using MediaEngine.Domain.Artifacts;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Querying;
using MediaEngine.Domain.Tests.Support;

namespace MediaEngine.Domain.Tests.Artifacts;

public sealed class ArtifactQueriesTests
{
    private static readonly DateTime T0 = new(2026, 11, 24, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task ListPublishedAsync_ShouldPageNewestFirstWithJobAndPreset_WhenOutputsArePublished()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var web = await ArtifactTestData.PresetVersionAsync(database, "web-images", "Web images", version: 3);
        var job = await ArtifactTestData.JobAsync(database, web, "Web images · beach.jpg", T0);
        var test = await ArtifactTestData.JobAsync(database, web, "Workbench run", T0, isTest: true);
        for (var i = 0; i < 5; i++)
        {
            await ArtifactTestData.ArtifactAsync(database, job, $"n{i}", T0.AddMinutes(i));
        }

        await ArtifactTestData.ArtifactAsync(database, job, "intermediate", T0.AddHours(1), published: false);
        await ArtifactTestData.ArtifactAsync(database, test, "test-output", T0.AddHours(2));
        var queries = new ArtifactQueries(database);

        var first = await queries.ListPublishedAsync(new GalleryFilter(), new PageRequest(0, 2));
        var last = await queries.ListPublishedAsync(new GalleryFilter(), new PageRequest(2, 2));

        first.TotalCount.ShouldBe(5);
        first.Items.Select(i => i.NodeId).ShouldBe(["n4", "n3"]);
        last.Items.Select(i => i.NodeId).ShouldBe(["n0"]);
        var item = first.Items[0];
        (item.JobId, item.JobTitle, item.PresetSlug, item.PresetName, item.PresetVersion).ShouldBe((job.Id, "Web images · beach.jpg", "web-images", "Web images", 3));
        (item.Caption, item.CreatedAt, item.IsPublished).ShouldBe(("n4.out", T0.AddMinutes(4), true));
    }

    [Theory]
    [InlineData("shop-photos", null, null, null, new[] { "shop-video" })]
    [InlineData(null, MediaKind.Image, null, null, new[] { "web-late", "web-early" })]
    [InlineData(null, null, 30, null, new[] { "web-late", "shop-video" })]
    [InlineData(null, null, null, "SHOP", new[] { "shop-video" })]
    [InlineData(null, null, null, "beach", new[] { "web-late", "web-early" })]
    [InlineData(null, null, null, "%", new string[0])]
    public async Task ListPublishedAsync_ShouldMatchPresetKindDateAndSearch_WhenFiltered(
        string? preset, MediaKind? kind, int? fromMinutes, string? search, string[] expected)
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var web = await ArtifactTestData.PresetVersionAsync(database, "web-images", "Web images");
        var shop = await ArtifactTestData.PresetVersionAsync(database, "shop-photos", "Shop photos");
        var webJob = await ArtifactTestData.JobAsync(database, web, "Web images · beach.jpg", T0);
        var shopJob = await ArtifactTestData.JobAsync(database, shop, "Shop photos · clip.mov", T0);
        await ArtifactTestData.ArtifactAsync(database, webJob, "web-early", T0);
        await ArtifactTestData.ArtifactAsync(database, webJob, "web-late", T0.AddHours(2));
        await ArtifactTestData.ArtifactAsync(database, shopJob, "shop-video", T0.AddHours(1), MediaKind.Video);
        var filter = new GalleryFilter(preset, Kind: kind, From: fromMinutes is { } m ? T0.AddMinutes(m) : null, Search: search);

        var page = await new ArtifactQueries(database).ListPublishedAsync(filter, new PageRequest(0, 50));

        page.Items.Select(i => i.NodeId).ShouldBe(expected);
        page.TotalCount.ShouldBe(expected.Length);
    }

    [Fact]
    public async Task ListPublishedAsync_ShouldKeepOnlyOneJobsOutputsBeforeTheEnd_WhenJobAndToAreGiven()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var web = await ArtifactTestData.PresetVersionAsync(database, "web-images", "Web images");
        var one = await ArtifactTestData.JobAsync(database, web, "one", T0);
        var two = await ArtifactTestData.JobAsync(database, web, "two", T0);
        await ArtifactTestData.ArtifactAsync(database, one, "a", T0);
        await ArtifactTestData.ArtifactAsync(database, one, "b", T0.AddDays(1));
        await ArtifactTestData.ArtifactAsync(database, two, "c", T0);

        var page = await new ArtifactQueries(database).ListPublishedAsync(new GalleryFilter(JobId: one.Id, To: T0.AddHours(1)), new PageRequest(0, 50));

        page.Items.Select(i => i.NodeId).ShouldBe(["a"]);
    }

    [Fact]
    public async Task LineageAsync_ShouldWalkBackToTheSourceAssetAndListDerivedOutputs_WhenAJobHasTwoStages()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var web = await ArtifactTestData.PresetVersionAsync(database, "web-images", "Web images", version: 2);
        var job = await ArtifactTestData.JobAsync(database, web, "Web images · beach.jpg", T0);
        var x = await ArtifactTestData.AssetAsync(database, "beach.jpg");
        var a = await ArtifactTestData.ArtifactAsync(database, job, "fit", T0, published: false, fromAssets: [x.Id]);
        var b = await ArtifactTestData.ArtifactAsync(database, job, "webp", T0.AddSeconds(1), fromArtifacts: [a.Id]);
        var c = await ArtifactTestData.ArtifactAsync(database, job, "thumb", T0.AddSeconds(2), fromArtifacts: [a.Id]);
        var queries = new ArtifactQueries(database);

        var lineage = await queries.LineageAsync(b.Id);
        var ofA = await queries.LineageAsync(a.Id);

        lineage.ShouldNotBeNull();
        (lineage.Artifact.JobTitle, lineage.Artifact.PresetSlug, lineage.Artifact.PresetVersion, lineage.Artifact.NodeId)
            .ShouldBe(("Web images · beach.jpg", "web-images", 2, "webp"));
        lineage.Inputs.Select(i => (i.Source, i.Id, i.Depth, i.LinkedTo)).ShouldBe(
            [(LineageSource.Artifact, a.Id, 1, b.Id), (LineageSource.Asset, x.Id, 2, a.Id)]);
        lineage.SourceAssets.Single().Label.ShouldBe("beach.jpg");
        lineage.Derived.ShouldBeEmpty();
        ofA.ShouldNotBeNull();
        ofA.Derived.Select(d => d.Id).ShouldBe([b.Id, c.Id]);
        ofA.Derived[0].Label.ShouldBe("webp.out");
        (await queries.LineageAsync(Guid.NewGuid())).ShouldBeNull();
    }

    [Fact]
    public async Task PublishedOfJobAsync_ShouldGiveOnlyTheJobsPublishedArtifacts_WhenItHasIntermediates()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var web = await ArtifactTestData.PresetVersionAsync(database, "web-images", "Web images");
        var job = await ArtifactTestData.JobAsync(database, web, "one", T0);
        var other = await ArtifactTestData.JobAsync(database, web, "two", T0);
        await ArtifactTestData.ArtifactAsync(database, job, "fit", T0, published: false);
        await ArtifactTestData.ArtifactAsync(database, job, "webp", T0.AddSeconds(1));
        await ArtifactTestData.ArtifactAsync(database, other, "webp", T0.AddSeconds(1));

        var outputs = await new ArtifactQueries(database).PublishedOfJobAsync(job.Id);

        outputs.Select(o => (o.JobId, o.NodeId)).ShouldBe([(job.Id, "webp")]);
    }
}
