using System.Globalization;
using MediaEngine.Domain.Jobs;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace MediaEngine.Web.Components.Pages.Dashboard;

/// <summary>Succeeded and failed jobs per day as stacked bars, with the success rate over the whole period.</summary>
public sealed partial class JobsPerDayChart
{
    private readonly StackedBarChartOptions _options = new() { ChartPalette = ["#43a047", "#e53935"], XAxisLabelRotation = 45, ShowZeroValues = false };
    private List<ChartSeries<double>> _series = [];
    private string[] _labels = [];
    private int _succeeded;
    private int _failed;
    private int _cancelled;
    private double? _successRate;

    /// <summary>One entry per day, oldest first.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<DailyJobCounts> Days { get; set; } = [];

    private int Finished => _succeeded + _failed + _cancelled;

    protected override void OnParametersSet()
    {
        _labels = [.. Days.Select(d => d.Day.ToString("d MMM", CultureInfo.InvariantCulture))];
        _series =
        [
            new() { Name = "Succeeded", Data = Days.Select(d => (double)d.Succeeded).ToArray() },
            new() { Name = "Failed", Data = Days.Select(d => (double)d.Failed).ToArray() },
        ];
        _succeeded = Days.Sum(d => d.Succeeded);
        _failed = Days.Sum(d => d.Failed);
        _cancelled = Days.Sum(d => d.Cancelled);
        _successRate = new DailyJobCounts(default, _succeeded, _failed, _cancelled).SuccessRate;
    }

    private static string Percent(double? rate) =>
        rate is { } r ? string.Create(CultureInfo.InvariantCulture, $"{Math.Round(r * 100):0}%") : "–";
}
