namespace MediaEngine.Pipelines.Tests.Media.TestSupport;

/// <summary>An <see cref="IProgress{T}"/> that records synchronously (unlike Progress&lt;T&gt;, which posts) and can signal a threshold.</summary>
public sealed class RecordingProgress(double signalAt = double.MaxValue) : IProgress<double>
{
    private readonly Lock _lock = new();
    private readonly List<double> _values = [];

    /// <summary>Completes the first time a value at or above the threshold is reported.</summary>
    public TaskCompletionSource<double> ThresholdReached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<double> Values
    {
        get
        {
            lock (_lock)
            {
                return [.. _values];
            }
        }
    }

    public void Report(double value)
    {
        lock (_lock)
        {
            _values.Add(value);
        }

        if (value >= signalAt)
        {
            ThresholdReached.TrySetResult(value);
        }
    }
}
