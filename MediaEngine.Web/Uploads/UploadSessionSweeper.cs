using Microsoft.Extensions.Logging;

namespace MediaEngine.Web.Uploads;

/// <summary>Deletes expired upload sessions at start-up and then every half hour.</summary>
public sealed class UploadSessionSweeper(UploadSessionStore store, TimeProvider clock, ILogger<UploadSessionSweeper> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                if (await store.SweepAsync(stoppingToken) is > 0 and var removed)
                {
                    logger.LogInformation("Deleted {Count} expired upload sessions.", removed);
                }
            }
            catch (IOException ex)
            {
                logger.LogWarning(ex, "Expired upload sessions could not all be deleted: {Reason}", ex.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
