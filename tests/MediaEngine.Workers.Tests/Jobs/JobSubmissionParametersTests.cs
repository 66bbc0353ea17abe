using System.Text.Json.Nodes;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Jobs;
using MediaEngine.Domain.Presets;
using MediaEngine.Pipelines.Assets;
using MediaEngine.Pipelines.Presets;
using MediaEngine.Workers.Jobs;
using MediaEngine.Workers.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace MediaEngine.Workers.Tests.Jobs;

/// <summary>Brand kit parameters through job submission and the runner, and drafts kept out of the production queue.</summary>
public sealed class JobSubmissionParametersTests
{
    [Fact]
    public async Task SubmitAsync_ShouldListEveryParameterProblem_UnderItsParameter()
    {
        await using var host = await JobHost.StartAsync(runJobs: false);
        var (photo, titles) = await CarouselInputsAsync(host);

        var error = await Should.ThrowAsync<JobSubmissionException>(() => host.Get<JobSubmissionService>().SubmitAsync(
            Carousel(photo, titles, new() { ["accent"] = "orange", ["nope"] = 1, ["logo"] = Guid.NewGuid().ToString(), ["slideCount"] = -1 }),
            JobHost.Tester, TestContext.Current.CancellationToken));

        error.Problems.Select(p => p.Field).ShouldBe(["parameters.accent", "parameters.nope", "parameters.logo", "parameters.slideCount"], ignoreOrder: true);
        error.Problems.Single(p => p.Field == "parameters.slideCount").Message.ShouldContain("setting \"slideCount\" of node \"slides\"");
        error.Problems.Single(p => p.Field == "parameters.logo").Message.ShouldContain("no asset");
    }

    [Fact]
    public async Task RunAsync_ShouldApplyTheParameters_AndKeepThemForARetry()
    {
        await using var host = await JobHost.StartAsync();
        var (photo, titles) = await CarouselInputsAsync(host);

        var job = await host.Get<JobSubmissionService>().SubmitAsync(
            Carousel(photo, titles, new() { ["slideCount"] = 1, ["accent"] = "#00ff00" }), JobHost.Tester, TestContext.Current.CancellationToken);
        var done = await host.WaitForEndAsync(job.Id);

        done.Status.ShouldBe(JobStatus.Succeeded, done.Error);
        JobPayload.ParametersFromJson(done.SettingsJson).Keys.ShouldBe(["slideCount", "accent"], ignoreOrder: true);
        JobPayload.SettingsFromJson(done.SettingsJson).ShouldBeEmpty();
        await using var db = host.Db();
        (await db.Artifacts.CountAsync(a => a.JobId == job.Id && a.NodeId == "slides", TestContext.Current.CancellationToken)).ShouldBe(1, "slideCount = 1");
    }

    [Fact]
    public async Task SubmitAsync_ShouldRefuseADraftVersion_ExceptAsATestRun()
    {
        await using var host = await JobHost.StartAsync(runJobs: false);
        var image = await host.ImageAsync();
        var draft = await host.Get<WorkbenchDrafts>().AddAsync(host.Get<SystemPresetLibrary>().Get("web-images"), null, JobHost.Tester, TestContext.Current.CancellationToken);
        var inputs = new Dictionary<string, IReadOnlyList<Guid>> { ["image"] = [image.Id] };

        var refused = await Should.ThrowAsync<JobSubmissionException>(() => host.Get<JobSubmissionService>().SubmitAsync(
            new JobSubmission(draft.Id.ToString(), inputs), JobHost.Tester, TestContext.Current.CancellationToken));
        var test = await host.Get<JobSubmissionService>().SubmitAsync(
            new JobSubmission(draft.Id.ToString(), inputs) { IsTest = true }, JobHost.Tester, TestContext.Current.CancellationToken);

        var problem = refused.Problems.ShouldHaveSingleItem();
        problem.Field.ShouldBe("preset");
        problem.Message.ShouldContain("unsaved workbench draft");
        test.IsTest.ShouldBeTrue();
    }

    private static JobSubmission Carousel(Asset photo, Asset titles, Dictionary<string, JsonNode?> parameters) =>
        new("social-carousel", new Dictionary<string, IReadOnlyList<Guid>> { ["images"] = [photo.Id], ["titles"] = [titles.Id] }, Parameters: parameters);

    private static async Task<(Asset Photo, Asset Titles)> CarouselInputsAsync(JobHost host)
    {
        var photo = await host.ImageAsync();
        var csv = Path.Combine(Directory.CreateDirectory(Path.Combine(host.DataPath, "media")).FullName, "titles.csv");
        await File.WriteAllTextAsync(csv, "title\nOne\nTwo\n", TestContext.Current.CancellationToken);
        var titles = (await host.Get<AssetIngestService>().IngestAsync(csv, "titles.csv", "upload", null, CancellationToken.None)).Asset;
        return (photo, titles);
    }
}
