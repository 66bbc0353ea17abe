using MediaEngine.Web.Components.Pages.Jobs;
using Microsoft.Extensions.Time.Testing;

namespace MediaEngine.Web.Tests.Components.Pages.Jobs;

public sealed class CoalescerTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);
    private readonly FakeTimeProvider _clock = new();
    private int _runs;

    private Coalescer Create() => new(Interval, () =>
    {
        _runs++;
        return Task.CompletedTask;
    }, _clock);

    [Fact]
    public void Request_ShouldRunAtOnce_WhenNothingRanRecently()
    {
        using var coalescer = Create();

        coalescer.Request();

        _runs.ShouldBe(1);
    }

    [Fact]
    public void Request_ShouldMergeABurstIntoOneRunAtTheEndOfTheInterval_WhenItFollowsARun()
    {
        using var coalescer = Create();
        coalescer.Request();

        _clock.Advance(TimeSpan.FromMilliseconds(50));
        coalescer.Request();
        coalescer.Request();
        coalescer.Request();
        _runs.ShouldBe(1);
        _clock.Advance(TimeSpan.FromMilliseconds(149));
        _runs.ShouldBe(1);
        _clock.Advance(TimeSpan.FromMilliseconds(1));

        _runs.ShouldBe(2);
    }

    [Fact]
    public void Request_ShouldRunAtOnceAgain_WhenTheIntervalHasPassedQuietly()
    {
        using var coalescer = Create();
        coalescer.Request();
        _clock.Advance(Interval);

        coalescer.Request();

        _runs.ShouldBe(2);
    }

    [Fact]
    public void Request_ShouldDoNothing_WhenDisposed()
    {
        var coalescer = Create();
        coalescer.Dispose();

        coalescer.Request();
        _clock.Advance(Interval);

        _runs.ShouldBe(0);
    }
}
