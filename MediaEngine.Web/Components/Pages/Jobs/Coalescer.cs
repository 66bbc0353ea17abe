namespace MediaEngine.Web.Components.Pages.Jobs;

/// <summary>
/// Runs an action at most once per <c>delay</c>: the first request schedules it, requests that arrive before it runs
/// are merged into that run. Live pages use it to re-render a few times a second however many events arrive, and to
/// reload once after a burst of state changes. Requests after <see cref="Dispose"/> are ignored.
/// </summary>
internal sealed class Coalescer(TimeSpan delay, Func<Task> action, TimeProvider clock) : IDisposable
{
    private int _pending;
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
        await Task.Delay(delay, clock);
        Interlocked.Exchange(ref _pending, 0); // a request while the action runs schedules the next run
        if (!_disposed)
        {
            await action();
        }
    }
}
