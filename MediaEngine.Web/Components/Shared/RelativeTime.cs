using System.Globalization;

namespace MediaEngine.Web.Components.Shared;

/// <summary>Short "how long ago" texts for lists: <c>12 s ago</c>, <c>5 min ago</c>, <c>3 h ago</c>, <c>2 d ago</c>.</summary>
public static class RelativeTime
{
    public static string Ago(DateTime at, DateTime now)
    {
        var elapsed = now - at;
        if (elapsed < TimeSpan.Zero)
        {
            elapsed = TimeSpan.Zero;
        }

        return elapsed switch
        {
            { TotalMinutes: < 1 } => Format(elapsed.TotalSeconds, "s"),
            { TotalHours: < 1 } => Format(elapsed.TotalMinutes, "min"),
            { TotalDays: < 1 } => Format(elapsed.TotalHours, "h"),
            _ => Format(elapsed.TotalDays, "d"),
        };
    }

    private static string Format(double value, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{Math.Floor(value):0} {unit} ago");
}
