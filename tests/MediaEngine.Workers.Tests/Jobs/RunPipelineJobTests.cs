using MediaEngine.Domain.Jobs;
using MediaEngine.Domain.Persistence;
using MediaEngine.Workers.Jobs;
using MediaEngine.Workers.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace MediaEngine.Workers.Tests.Jobs;

public sealed class RunPipelineJobTests
{
    [Fact]
    public async Task Execute_ShouldBeFiredAgainByTheRetryPolicyAndSucceed_WhenTheDatabaseIsBrieflyLocked()
    {
        FlakyContexts? flaky = null;
        await using var host = await JobHost.StartAsync(settings: Retries(3), services: s => s.AddSingleton(sp =>
            ActivatorUtilities.CreateInstance<JobRunner>(sp, flaky = new FlakyContexts(sp.GetRequiredService<IDbContextFactory<MediaEngineDbContext>>(), failures: 2))));
        var image = await host.ImageAsync(size: "64x48");

        var job = await host.SubmitAsync("web-images", "image", image);
        var done = await host.WaitForEndAsync(job.Id);

        done.Status.ShouldBe(JobStatus.Succeeded, done.Error);
        flaky!.Failed.ShouldBe(2);
    }

    [Fact]
    public async Task Execute_ShouldFailTheJobWithTheReason_WhenTheRetryPolicyIsSpent()
    {
        await using var host = await JobHost.StartAsync(settings: Retries(1), services: s => s.AddSingleton(sp =>
            ActivatorUtilities.CreateInstance<JobRunner>(sp, new FlakyContexts(sp.GetRequiredService<IDbContextFactory<MediaEngineDbContext>>(), failures: int.MaxValue))));
        var image = await host.ImageAsync(size: "64x48");

        var job = await host.SubmitAsync("web-images", "image", image);
        var done = await host.WaitForEndAsync(job.Id);

        done.Status.ShouldBe(JobStatus.Failed);
        done.Error.ShouldNotBeNull().ShouldContain("gave up after 2 attempt(s)");
        done.Error.ShouldContain("database is locked");
    }

    private static Dictionary<string, string?> Retries(int count) => new()
    {
        ["MediaEngine:Workers:TransientRetries"] = count.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["MediaEngine:Workers:TransientRetryDelay"] = "00:00:00.100",
    };
}
