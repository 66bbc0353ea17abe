namespace MediaEngine.Web.Components.Pages.Jobs;

/// <summary>
/// Runs an action at most once per <c>interval</c>. A request after a quiet spell runs at once (a single progress
/// update reaches the screen without delay); requests that arrive within the interval after a run are merged into one
/// run at the end of it. Live pages use it to re-render a few times a second however many events arrive, and to reload
/// after a burst of state changes. Requests after <see cref="Dispose"/> are ignored.
/// </summary>
internal sealed class Coalescer(TimeSpan interval, Func<Task> action, TimeProvider clock) : IDisposable
{
    private int _pending;
    private long _lastRun = long.MinValue;
    private volatile bool _disposed;

    public void Request()
    {
        if (_disposed || Interlocked.Exchange(ref _pending, 1) == 1)
        {
            return;
        }

        _ = RunAsync();
    }

    public void Dispose() => _disposed = true;

    private async Task RunAsync()
    {
        var last = Interlocked.Read(ref _lastRun);
        var wait = last == long.MinValue ? TimeSpan.Zero : interval - clock.GetElapsedTime(last);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, clock);
        }

        Interlocked.Exchange(ref _lastRun, clock.GetTimestamp());
        Interlocked.Exchange(ref _pending, 0); // a request while the action runs schedules the next run
        if (!_disposed)
        {
            await action();
        }
    }
}
