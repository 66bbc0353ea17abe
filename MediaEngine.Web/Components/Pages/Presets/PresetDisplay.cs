using System.Globalization;
using MediaEngine.Domain.Graph;

namespace MediaEngine.Web.Components.Pages.Presets;

/// <summary>How the preset pages show graphs, rates and times, so both pages say things the same way.</summary>
public static class PresetDisplay
{
    /// <summary>The stored graph, or null when it cannot be read (the pages then say so instead of drawing).</summary>
    public static PipelineGraph? GraphOf(string graphJson)
    {
        try
        {
            return string.IsNullOrEmpty(graphJson) ? null : PipelineGraphJson.Deserialize(graphJson);
        }
        catch (GraphFormatException)
        {
            return null;
        }
    }

    /// <summary>"75 %", or "—" before any job finished.</summary>
    public static string Rate(double? rate) =>
        rate is { } r ? string.Create(CultureInfo.InvariantCulture, $"{r * 100:0} %") : "—";

    public static string Time(DateTime at) => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
