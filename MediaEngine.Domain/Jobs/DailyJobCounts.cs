namespace MediaEngine.Domain.Jobs;

/// <summary>Production jobs that finished on one UTC day, by outcome.</summary>
public sealed record DailyJobCounts(DateOnly Day, int Succeeded, int Failed, int Cancelled)
{
    /// <summary>
    /// Succeeded ÷ (succeeded + failed), from 0 to 1; null on a day without either. Cancelled jobs are a person's
    /// decision, not a failure of the pipeline, so they count neither way.
    /// </summary>
    public double? SuccessRate => Succeeded + Failed == 0 ? null : (double)Succeeded / (Succeeded + Failed);
}
