namespace MediaEngine.Domain.Presets;

/// <summary>
/// A preset as the list shows it. <paramref name="LatestGraphJson"/> is the graph of
/// <paramref name="LatestVersion"/>. Run figures count production jobs only (workbench test runs are left out):
/// <paramref name="LastRunAt"/> is when the newest job was submitted; <paramref name="SuccessRate"/> is succeeded ÷
/// (succeeded + failed), from 0 to 1, null before any job of the preset finished that way (cancelled jobs are a
/// person's decision and count neither way).
/// </summary>
public sealed record PresetSummary(
    Guid Id,
    string Slug,
    string Name,
    string? Description,
    bool IsSystem,
    int LatestVersion,
    string LatestGraphJson,
    DateTime UpdatedAt,
    Guid? ClonedFromId,
    DateTime? LastRunAt,
    int Succeeded,
    int Failed)
{
    public double? SuccessRate => Succeeded + Failed == 0 ? null : (double)Succeeded / (Succeeded + Failed);

    /// <summary>The average of the ratings (1–5) people gave the outputs of any version; null before the first.</summary>
    public double? AverageRating { get; init; }

    /// <summary>How many ratings <see cref="AverageRating"/> averages.</summary>
    public int RatingCount { get; init; }
}
