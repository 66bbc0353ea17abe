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
        await ArtifactTestData.ArtifactAsync(database, test, "test-output", T0.AddHours(2), published: false); // test runs publish nothing
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

    [Theory]
    [InlineData("web-images", 1, null, null, new[] { "v1-early" })]
    [InlineData("web-images", 2, null, null, new[] { "v2-late", "v2-video" })]
    [InlineData("web-images", 9, null, null, new string[0])]
    [InlineData("no-such-preset", null, null, null, new string[0])]
    [InlineData(null, null, "hero", null, new[] { "v2-late", "v1-early" })]
    [InlineData(null, null, " HERO ", null, new[] { "v2-late", "v1-early" })]
    [InlineData(null, null, null, 4, new[] { "v2-video", "v1-early" })]
    [InlineData(null, null, null, 5, new[] { "v1-early" })]
    [InlineData("web-images", 2, "hero", null, new[] { "v2-late" })]
    [InlineData(null, null, "hero", 4, new[] { "v1-early" })]
    public async Task ListPublishedAsync_ShouldMatchVersionTagAndRating_WhenFiltered(
        string? preset, int? version, string? tag, int? minRating, string[] expected)
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var v1 = await ArtifactTestData.PresetVersionAsync(database, "web-images", "Web images", version: 1);
        var v2 = await ArtifactTestData.AddVersionAsync(database, v1, 2);
        var early = await ArtifactTestData.ArtifactAsync(database, await ArtifactTestData.JobAsync(database, v1, "one", T0), "v1-early", T0);
        var job2 = await ArtifactTestData.JobAsync(database, v2, "two", T0);
        var late = await ArtifactTestData.ArtifactAsync(database, job2, "v2-late", T0.AddHours(2));
        var video = await ArtifactTestData.ArtifactAsync(database, job2, "v2-video", T0.AddHours(1), MediaKind.Video);
        await ArtifactTestData.ArtifactAsync(database, job2, "v2-hidden", T0.AddHours(3), published: false);
        await ArtifactTestData.TagAsync(database, early, "hero");
        await ArtifactTestData.TagAsync(database, late, "hero");
        await ArtifactTestData.TagAsync(database, video, "print");
        await ArtifactTestData.ReviewAsync(database, early, 5, 5);   // average 5
        await ArtifactTestData.ReviewAsync(database, video, 3, 5);   // average 4
        await ArtifactTestData.ReviewAsync(database, late, 3, null); // a note without a rating does not count: 3
        var filter = new GalleryFilter(preset, PresetVersion: version, Tag: tag, MinRating: minRating);

        var page = await new ArtifactQueries(database).ListPublishedAsync(filter, new PageRequest(0, 50));

        page.Items.Select(i => i.NodeId).ShouldBe(expected);
        page.TotalCount.ShouldBe(expected.Length);
    }

    [Fact]
    public async Task SliceAsync_ShouldReturnAnyRangeNewestFirst_WhenAskedForAnOffsetAndCount()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var web = await ArtifactTestData.PresetVersionAsync(database, "web-images", "Web images");
        var job = await ArtifactTestData.JobAsync(database, web, "Web images · beach.jpg", T0);
        for (var i = 0; i < 7; i++)
        {
            await ArtifactTestData.ArtifactAsync(database, job, $"n{i}", T0.AddMinutes(i));
        }

        var queries = new ArtifactQueries(database);

        (await queries.SliceAsync(new GalleryFilter(), 2, 3)).Select(i => i.NodeId).ShouldBe(["n4", "n3", "n2"]);
        (await queries.SliceAsync(new GalleryFilter(Search: "beach"), 5, 10)).Select(i => i.NodeId).ShouldBe(["n1", "n0"]);
        (await queries.SliceAsync(new GalleryFilter(), 7, 10)).ShouldBeEmpty();
        (await queries.CountPublishedAsync(new GalleryFilter(JobId: job.Id, Kind: MediaKind.Image))).ShouldBe(7);
    }

    [Fact]
    public async Task FilterLists_ShouldOfferPresetsWithOutputsVersionsTagsAndJobs_WhenTheGalleryOpens()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var web = await ArtifactTestData.PresetVersionAsync(database, "web-images", "Web images");
        await ArtifactTestData.AddVersionAsync(database, web, 2);
        var idle = await ArtifactTestData.PresetVersionAsync(database, "idle", "Idle preset");
        var tested = await ArtifactTestData.PresetVersionAsync(database, "tested", "Tested only");
        var beach = await ArtifactTestData.JobAsync(database, web, "Web images · beach.jpg", T0);
        var team = await ArtifactTestData.JobAsync(database, web, "Web images · team.png", T0.AddHours(1));
        await ArtifactTestData.JobAsync(database, idle, "Idle · nothing published", T0);
        var test = await ArtifactTestData.JobAsync(database, tested, "Workbench beach", T0, isTest: true);
        var output = await ArtifactTestData.ArtifactAsync(database, beach, "webp", T0);
        await ArtifactTestData.ArtifactAsync(database, team, "webp", T0.AddHours(1));
        await ArtifactTestData.ArtifactAsync(database, test, "webp", T0, published: false);
        await ArtifactTestData.TagAsync(database, output, "hero");
        await ArtifactTestData.TagAsync(database, output, "hey_there");
        await ArtifactTestData.TagAsync(database, output, "print");
        var queries = new ArtifactQueries(database);

        (await queries.PresetsAsync()).ShouldBe([new GalleryPreset("web-images", "Web images")]);
        (await queries.VersionsAsync("web-images")).ShouldBe([2, 1]);
        (await queries.VersionsAsync("nothing")).ShouldBeEmpty();
        (await queries.TagsAsync("he")).ShouldBe(["hero", "hey_there"]);
        (await queries.TagsAsync("hey_")).ShouldBe(["hey_there"]);
        (await queries.TagsAsync(null)).ShouldBe(["hero", "hey_there", "print"]);
        (await queries.JobsAsync("BEACH")).Select(j => j.Id).ShouldBe([beach.Id]);
        (await queries.JobsAsync(null)).Select(j => j.Id).ShouldBe([team.Id, beach.Id]); // only jobs with outputs, newest first
        (await queries.JobAsync(team.Id))!.Title.ShouldBe("Web images · team.png");
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
    public async Task LineageAsync_ShouldFollowDerivationsTransitivelyAndKeepEveryEdge_WhenOutputsShareInputs()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var web = await ArtifactTestData.PresetVersionAsync(database, "web-images", "Web images", version: 3);
        var job = await ArtifactTestData.JobAsync(database, web, "Web images · beach.jpg", T0);
        var x = await ArtifactTestData.AssetAsync(database, "beach.jpg");
        var y = await ArtifactTestData.AssetAsync(database, "logo.png");
        var source = await ArtifactTestData.ArtifactAsync(database, job, "source", T0, published: false, fromAssets: [x.Id]);
        var fit = await ArtifactTestData.ArtifactAsync(database, job, "fit", T0.AddSeconds(1), published: false, fromArtifacts: [source.Id]);
        var mark = await ArtifactTestData.ArtifactAsync(database, job, "mark", T0.AddSeconds(2), fromArtifacts: [fit.Id, source.Id], fromAssets: [y.Id]);
        var webp = await ArtifactTestData.ArtifactAsync(database, job, "webp", T0.AddSeconds(3), fromArtifacts: [mark.Id]);
        var queries = new ArtifactQueries(database);

        var ofSource = await queries.LineageAsync(source.Id);
        var ofWebp = await queries.LineageAsync(webp.Id);

        ofSource.ShouldNotBeNull();
        ofSource.Derived.Select(d => (d.Id, d.Depth)).ShouldBe([(fit.Id, 1), (mark.Id, 1), (webp.Id, 2)]);
        ofSource.Inputs.Select(i => i.Id).ShouldBe([x.Id]);
        var edges = ofSource.Graph.Edges.Where(e => e.Kind == LineageEdgeKind.Input).Select(e => (e.From, e.To)).ToList();
        edges.ShouldBe([(Key(x), Key(source)), (Key(source), Key(fit)), (Key(fit), Key(mark)), (Key(source), Key(mark)), (Key(mark), Key(webp))], ignoreOrder: true);
        ofWebp.ShouldNotBeNull();
        ofWebp.Inputs.Select(i => (i.Id, i.Depth)).ShouldBe([(mark.Id, 1), (y.Id, 2), (fit.Id, 2), (source.Id, 2), (x.Id, 3)], ignoreOrder: true);
        ofWebp.Inputs.Select(i => i.Depth).ShouldBeInOrder();
        ofWebp.Graph.Edges.Count(e => e.Kind == LineageEdgeKind.Input).ShouldBe(6); // y → mark as well
        ofWebp.Graph.Nodes.Single(n => n.Key == Key(webp)).Depth.ShouldBe(0);
        ofWebp.Graph.RootKey.ShouldBe(Key(webp));
        ofWebp.Graph.Truncated.ShouldBeFalse();
    }

    [Fact]
    public async Task LineageAsync_ShouldDrawTheJobAndThePresetVersion_WhenTheOutputCameFromAJob()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var web = await ArtifactTestData.PresetVersionAsync(database, "web-images", "Web images", version: 4);
        var job = await ArtifactTestData.JobAsync(database, web, "Web images · beach.jpg", T0);
        var x = await ArtifactTestData.AssetAsync(database, "beach.jpg");
        var source = await ArtifactTestData.ArtifactAsync(database, job, "source", T0, published: false, fromAssets: [x.Id]);
        var webp = await ArtifactTestData.ArtifactAsync(database, job, "webp", T0.AddSeconds(1), fromArtifacts: [source.Id]);

        var graph = (await new ArtifactQueries(database).LineageAsync(webp.Id))!.Graph;

        var version = graph.Nodes.Single(n => n.Kind == LineageNodeKind.PresetVersion);
        (version.Label, version.PresetSlug, version.PresetVersion, version.Id).ShouldBe(("web-images@4", "web-images", 4, web.Id));
        var jobNode = graph.Nodes.Single(n => n.Kind == LineageNodeKind.Job);
        (jobNode.Id, jobNode.Label).ShouldBe((job.Id, "Web images · beach.jpg"));
        graph.Edges.ShouldContain(new LineageEdge(version.Key, jobNode.Key, LineageEdgeKind.Ran));
        graph.Edges.Where(e => e.Kind == LineageEdgeKind.Produced).Select(e => (e.From, e.To)).ShouldBe([(jobNode.Key, Key(source))]);
        graph.Nodes.Single(n => n.Key == Key(source)).Detail.ShouldContain("intermediate");
        graph.Nodes.Single(n => n.Key == Key(webp)).IsPublished.ShouldBeTrue();
        graph.Nodes.Single(n => n.Kind == LineageNodeKind.Asset).Label.ShouldBe("beach.jpg");
    }

    [Fact]
    public async Task SameSourcesAsync_ShouldOfferOtherJobsOutputsOfTheSameInputs_SameNodeFirst()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var v1 = await ArtifactTestData.PresetVersionAsync(database, "web-images", "Web images", version: 1);
        var v2 = await ArtifactTestData.AddVersionAsync(database, v1, 2);
        var x = await ArtifactTestData.AssetAsync(database, "beach.jpg");
        var other = await ArtifactTestData.AssetAsync(database, "other.jpg");
        async Task<(Artifact Webp, Artifact Thumb)> RunAsync(PresetVersion version, Asset asset, DateTime at)
        {
            var job = await ArtifactTestData.JobAsync(database, version, "run", at);
            var source = await ArtifactTestData.ArtifactAsync(database, job, "source", at, published: false, fromAssets: [asset.Id]);
            var thumb = await ArtifactTestData.ArtifactAsync(database, job, "thumb", at.AddSeconds(2), fromArtifacts: [source.Id]);
            return (await ArtifactTestData.ArtifactAsync(database, job, "webp", at.AddSeconds(1), fromArtifacts: [source.Id]), thumb);
        }

        var first = await RunAsync(v1, x, T0);
        var second = await RunAsync(v2, x, T0.AddHours(1));
        await RunAsync(v2, other, T0.AddHours(2));
        var queries = new ArtifactQueries(database);

        var candidates = await queries.SameSourcesAsync((await queries.LineageAsync(first.Webp.Id))!);

        candidates.Select(c => c.Id).ShouldBe([second.Webp.Id, second.Thumb.Id]);
        candidates[0].PresetVersion.ShouldBe(2);
    }

    private static string Key(Artifact artifact) => LineageNode.KeyOf(LineageNodeKind.Artifact, artifact.Id);

    private static string Key(Asset asset) => LineageNode.KeyOf(LineageNodeKind.Asset, asset.Id);

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
