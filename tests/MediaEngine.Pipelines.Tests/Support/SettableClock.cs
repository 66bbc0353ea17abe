namespace MediaEngine.Pipelines.Tests.Support;

/// <summary>A clock that says what the test sets.</summary>
public sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
