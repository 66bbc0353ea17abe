using System.Globalization;
using MediaEngine.Domain.Jobs;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace MediaEngine.Web.Components.Pages.Dashboard;

/// <summary>
/// Succeeded and failed jobs per day as stacked bars, the success rate of each day with finished jobs as a line, and
/// the success rate over the whole period.
/// </summary>
public sealed partial class JobsPerDayChart
{
    private readonly StackedBarChartOptions _options = new() { ChartPalette = ["#43a047", "#e53935"], XAxisLabelRotation = 45, ShowZeroValues = false };
    private readonly LineChartOptions _rateOptions = new() { ChartPalette = ["#1e88e5"] };
    private List<ChartSeries<double>> _series = [];
    private string[] _labels = [];
    private List<ChartSeries<double>> _rateSeries = [];
    private string[] _rateLabels = [];
    private string _rateData = string.Empty;
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
        var rated = Days.Where(d => d.SuccessRate is not null).ToList();
        _rateLabels = [.. rated.Select(d => d.Day.ToString("d MMM", CultureInfo.InvariantCulture))];
        _rateSeries = [new() { Name = "Success rate (%)", Data = rated.Select(d => Math.Round(d.SuccessRate!.Value * 100, 1)).ToArray() }];
        _rateData = string.Join(' ', rated.Select(d => $"{d.Day:yyyy-MM-dd}={Percent(d.SuccessRate)}"));
        _succeeded = Days.Sum(d => d.Succeeded);
        _failed = Days.Sum(d => d.Failed);
        _cancelled = Days.Sum(d => d.Cancelled);
        _successRate = new DailyJobCounts(default, _succeeded, _failed, _cancelled).SuccessRate;
    }

    private static string Percent(double? rate) =>
        rate is { } r ? string.Create(CultureInfo.InvariantCulture, $"{Math.Round(r * 100):0}%") : "–";
}
