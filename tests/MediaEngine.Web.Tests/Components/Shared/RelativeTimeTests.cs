using MediaEngine.Web.Components.Shared;

namespace MediaEngine.Web.Tests.Components.Shared;

public sealed class RelativeTimeTests
{
    private static readonly DateTime Now = new(2026, 11, 24, 12, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(12, "12 s ago")]
    [InlineData(59, "59 s ago")]
    [InlineData(60, "1 min ago")]
    [InlineData(3599, "59 min ago")]
    [InlineData(3600 * 3, "3 h ago")]
    [InlineData(86400 * 2 + 5, "2 d ago")]
    [InlineData(-5, "0 s ago")]
    public void Ago_ShouldUseTheLargestWholeUnit_WhenTimeHasPassed(int seconds, string expected) =>
        RelativeTime.Ago(Now.AddSeconds(-seconds), Now).ShouldBe(expected);
}
