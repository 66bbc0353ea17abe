using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Presets;
using MediaEngine.Domain.Querying;
using MediaEngine.Pipelines.Reviews;
using MediaEngine.Pipelines.Tests.Storage;
using MediaEngine.Pipelines.Tests.Support;

namespace MediaEngine.Pipelines.Tests.Reviews;

public sealed class OutputReviewServiceTests : IDisposable
{
    private readonly StorageFixture _data = new();
    private readonly OutputReviewService _reviews;

    public OutputReviewServiceTests() => _reviews = new OutputReviewService(_data.Database, _data.Audit, _data.Clock);

    public void Dispose() => _data.Dispose();

    private async Task<AuditActor> PersonAsync(string name)
    {
        var user = new User { Email = $"{name}@example.com", Name = name, Role = UserRole.Operator, Status = UserStatus.Active };
        await using var db = _data.Database.CreateDbContext();
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return new AuditActor(user.Id, user.Email);
    }

    [Fact]
    public async Task SaveAsync_ShouldKeepOneReviewPerPersonAndAverageTheRatings_WhenTwoPeopleRateAndOneChangesTheirMind()
    {
        var output = await _data.ArtifactAsync(_data.Content(100), ageDays: 0, published: true);
        var ana = await PersonAsync("Ana");
        var ben = await PersonAsync("Ben");

        await _reviews.SaveAsync(output.Id, ana, 2, "Too dark");
        _data.Clock.Now = StorageFixture.Now.AddMinutes(5);
        await _reviews.SaveAsync(output.Id, ben, 5, null);
        _data.Clock.Now = StorageFixture.Now.AddMinutes(10);
        var summary = await _reviews.SaveAsync(output.Id, ana, 4, "  Better after the second look  ");

        (summary.AverageRating, summary.RatingCount).ShouldBe((4.5, 2));
        summary.Reviews.Select(r => (r.UserName, r.Rating, r.Note)).ShouldBe([("Ana", (int?)4, "Better after the second look"), ("Ben", (int?)5, (string?)null)]);
        summary.Of(ana.Id)!.UpdatedAt.ShouldBe(StorageFixture.Now.AddMinutes(10).UtcDateTime);
        _data.Audit.Entries.Select(e => (e.Actor.Name, e.Action, e.Details)).ShouldBe([
            ("Ana@example.com", "artifact.reviewed", "rating=2; note=8 characters"),
            ("Ben@example.com", "artifact.reviewed", "rating=5; note=0 characters"),
            ("Ana@example.com", "artifact.reviewed", "rating=4; note=28 characters"),
        ]);
    }

    [Fact]
    public async Task ClearAsync_ShouldRemoveOnlyThatPersonsReview_WhenTheyClearIt()
    {
        var output = await _data.ArtifactAsync(_data.Content(100), ageDays: 0, published: true);
        var ana = await PersonAsync("Ana");
        var ben = await PersonAsync("Ben");
        await _reviews.SaveAsync(output.Id, ana, 3, null);
        await _reviews.SaveAsync(output.Id, ben, null, "Note without stars");

        var cleared = await _reviews.SaveAsync(output.Id, ana, null, "   "); // nothing left: same as clearing
        var again = await _reviews.ClearAsync(output.Id, ana);

        (cleared.AverageRating, cleared.RatingCount).ShouldBe(((double?)null, 0));
        cleared.Reviews.ShouldHaveSingleItem().Note.ShouldBe("Note without stars");
        again.Reviews.Count.ShouldBe(1);
        _data.Audit.Entries.Count(e => e.Action == "artifact.review-cleared").ShouldBe(1);
    }

    [Fact]
    public async Task SaveAsync_ShouldRefuseAndStoreNothing_WhenTheRatingIsOutOfRangeOrAnApiKeyRates()
    {
        var output = await _data.ArtifactAsync(_data.Content(100), ageDays: 0, published: true);
        var ana = await PersonAsync("Ana");

        (await Should.ThrowAsync<ArgumentOutOfRangeException>(() => _reviews.SaveAsync(output.Id, ana, 6, null))).Message.ShouldContain("1 to 5 stars");
        (await Should.ThrowAsync<ArgumentException>(() => _reviews.SaveAsync(output.Id, ana, 3, new string('x', ArtifactReview.MaxNoteLength + 1))))
            .Message.ShouldContain("at most 2000");
        (await Should.ThrowAsync<ArgumentException>(() => _reviews.SaveAsync(output.Id, new AuditActor(null, "apikey:ci"), 3, null)))
            .Message.ShouldContain("API keys cannot");
        await Should.ThrowAsync<KeyNotFoundException>(() => _reviews.SaveAsync(Guid.NewGuid(), ana, 3, null));

        (await _reviews.GetAsync(output.Id)).Reviews.ShouldBeEmpty();
        _data.Audit.Entries.ShouldBeEmpty();
    }

    [Fact]
    public async Task AddTagAsync_ShouldNormaliseKeepOnceAndRemove_WhenTaggingAnOutput()
    {
        var output = await _data.ArtifactAsync(_data.Content(100), ageDays: 0, published: true);
        var ana = await PersonAsync("Ana");

        await _reviews.AddTagAsync(output.Id, "  Hero   Shot ", ana);
        await _reviews.AddTagAsync(output.Id, "hero shot", ana);
        var tagged = await _reviews.AddTagAsync(output.Id, "approved", ana);
        var untagged = await _reviews.RemoveTagAsync(output.Id, "Approved", ana);

        tagged.Tags.ShouldBe(["approved", "hero shot"]);
        untagged.Tags.ShouldBe(["hero shot"]);
        _data.Audit.Entries.Select(e => e.Action).ShouldBe(["artifact.tagged", "artifact.tagged", "artifact.untagged"]);
    }

    [Fact]
    public async Task PresetQueries_ShouldShowThePresetsAverageRating_AcrossTheOutputsOfEveryVersion()
    {
        var version = await _data.PresetAsync("web-images");
        var first = await _data.ArtifactAsync(_data.Content(100), ageDays: 0, published: true, presetVersionId: version.Id);
        var second = await _data.ArtifactAsync(_data.Content(100), ageDays: 0, published: true, presetVersionId: version.Id);
        await _data.PresetAsync("unrated");
        var ana = await PersonAsync("Ana");
        var ben = await PersonAsync("Ben");
        await _reviews.SaveAsync(first.Id, ana, 5, null);
        await _reviews.SaveAsync(first.Id, ben, 2, null);
        await _reviews.SaveAsync(second.Id, ana, 4, null);
        await _reviews.SaveAsync(second.Id, ben, null, "No stars, so not in the average");
        var queries = new PresetQueries(_data.Database);

        var rated = await queries.FindAsync("web-images");
        var list = await queries.ListAsync(new PresetFilter(), new PageRequest(0, 10));

        rated!.AverageRating.ShouldNotBeNull().ShouldBe(11 / 3.0, tolerance: 1e-9);
        rated.RatingCount.ShouldBe(3);
        list.Items.Single(p => p.Slug == "unrated").ShouldSatisfyAllConditions(p => p.AverageRating.ShouldBeNull(), p => p.RatingCount.ShouldBe(0));
        list.Items.Single(p => p.Slug == "web-images").RatingCount.ShouldBe(3);
    }
}
