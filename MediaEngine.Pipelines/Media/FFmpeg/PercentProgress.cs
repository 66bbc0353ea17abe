namespace MediaEngine.Pipelines.Media.FFmpeg;

/// <summary>
/// Forwards percentages that never go backwards or repeat. While ffmpeg runs they stay below 100 (its clock can
/// pass the expected duration while it is still writing); 100 is reported only by <see cref="Complete"/>.
/// </summary>
internal sealed class PercentProgress(IProgress<double>? target)
{
    private const double RunningCeiling = 99.9;
    private readonly Lock _lock = new();
    private double _last = -1;

    public void ReportRunning(double percent)
    {
        if (!double.IsNaN(percent))
        {
            Forward(Math.Clamp(percent, 0, RunningCeiling));
        }
    }

    public void Complete() => Forward(100);

    private void Forward(double percent)
    {
        if (target is null)
        {
            return;
        }

        lock (_lock)
        {
            if (percent <= _last)
            {
                return;
            }

            _last = percent;
            target.Report(percent);
        }
    }
}
