using System.Globalization;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Jobs;
using MediaEngine.Workers.Jobs;
using MediaEngine.Web.Components.Shared;
using MudBlazor;

namespace MediaEngine.Web.Components.Pages.Jobs;

/// <summary>How the job pages show statuses, times, durations and sizes, so both pages say things the same way.</summary>
public static class JobDisplay
{
    /// <summary>
    /// The start of a picked calendar day as UTC. Times on the jobs pages are UTC, so a date filter means UTC days,
    /// whatever the server's time zone (a picked date has no zone of its own).
    /// </summary>
    public static DateTime? UtcDay(DateTime? picked) => picked is { } day ? DateTime.SpecifyKind(day.Date, DateTimeKind.Utc) : null;

    public static Color ColorOf(JobStatus status) => status switch
    {
        JobStatus.Queued => Color.Default,
        JobStatus.Running => Color.Info,
        JobStatus.Succeeded => Color.Success,
        JobStatus.Failed => Color.Error,
        JobStatus.Cancelled => Color.Warning,
        _ => Color.Default,
    };

    public static Color ColorOf(NodeRunState state) => state switch
    {
        NodeRunState.Running => Color.Info,
        NodeRunState.Succeeded => Color.Success,
        NodeRunState.Failed => Color.Error,
        NodeRunState.Cancelled => Color.Warning,
        _ => Color.Default,
    };

    /// <summary>The icon standing for a file of <paramref name="kind"/> where there is no preview.</summary>
    public static string IconOf(MediaKind kind) => MediaDisplay.IconOf(kind);

    /// <summary>"0.4 s", "3 min 5 s", "2 h 10 min".</summary>
    public static string Duration(TimeSpan duration) => duration switch
    {
        { TotalMinutes: < 1 } => string.Create(CultureInfo.InvariantCulture, $"{Math.Max(duration.TotalSeconds, 0):0.0} s"),
        { TotalHours: < 1 } => string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalMinutes} min {duration.Seconds} s"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalHours} h {duration.Minutes} min"),
    };

    /// <summary>A stored UTC time as "2026-11-24 13:09:30"; an em dash when there is none.</summary>
    public static string Time(DateTime? utc) =>
        utc is { } at ? at.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : "—";

    public static string Percent(double value) =>
        Math.Clamp(value, 0, 100).ToString("0", CultureInfo.InvariantCulture) + " %";

    /// <summary>"1.2 MB": binary multiples, one decimal.</summary>
    public static string Size(long bytes) => MediaDisplay.Size(bytes);

    /// <summary>"Cancelled 2 of 3 jobs. Refused: 1a2b3c4d: …" for the snackbar after a bulk action.</summary>
    public static string BulkSummary(string verb, BulkResult result)
    {
        var total = result.Done + result.Refused.Count;
        var text = $"{verb} {result.Done} of {total} job{(total == 1 ? string.Empty : "s")}.";
        if (result.Refused.Count == 0)
        {
            return text;
        }

        const int Shown = 3;
        var refused = string.Join(" ", result.Refused.Take(Shown));
        var more = result.Refused.Count > Shown ? $" …and {result.Refused.Count - Shown} more." : string.Empty;
        return $"{text} Refused: {refused}{more}";
    }
}
