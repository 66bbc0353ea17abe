using System.Globalization;
using MediaEngine.Domain.Artifacts;
using MediaEngine.Domain.Entities;

namespace MediaEngine.Web.Components.Pages.Gallery;

/// <summary>
/// What the gallery page filters on, as its address holds it (<c>/gallery?preset=web-images&amp;version=2&amp;kind=Image&amp;
/// from=2026-11-01&amp;to=2026-11-30&amp;q=beach&amp;tag=hero&amp;rating=4&amp;job={id}</c>), so that every view is a link.
/// Dates are whole days in the server's time zone, <see cref="To"/> included.
/// </summary>
public sealed record GalleryCriteria(
    string? Preset = null,
    int? Version = null,
    Guid? JobId = null,
    MediaKind? Kind = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Search = null,
    string? Tag = null,
    int? MinRating = null)
{
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>True when anything is filtered.</summary>
    public bool IsFiltered => this != new GalleryCriteria();

    /// <summary>Reads the address's values, ignoring those that do not parse (a hand-edited link still opens).</summary>
    public static GalleryCriteria Parse(
        string? preset, int? version, Guid? job, string? kind, string? from, string? to, string? search, string? tag, int? rating) => new(
            Clean(preset),
            Clean(preset) is null ? null : version,
            job,
            Enum.TryParse<MediaKind>(kind, ignoreCase: true, out var k) && Enum.IsDefined(k) ? k : null,
            DateOnly.TryParseExact(from, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var f) ? f : null,
            DateOnly.TryParseExact(to, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null,
            Clean(search),
            Clean(tag),
            rating is >= ArtifactReview.MinRating and <= ArtifactReview.MaxRating ? rating : null);

    /// <summary>The query for <see cref="ArtifactQueries"/>: whole local days turned into a UTC range.</summary>
    public GalleryFilter ToFilter() => new(
        Preset, JobId, Kind,
        From is { } f ? f.ToDateTime(TimeOnly.MinValue, DateTimeKind.Local).ToUniversalTime() : null,
        To is { } t ? t.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Local).ToUniversalTime() : null,
        Search,
        Version,
        Tag,
        MinRating);

    /// <summary>The address's query values (null removes one), for <c>NavigationManager.GetUriWithQueryParameters</c>.</summary>
    public IReadOnlyDictionary<string, object?> ToQuery() => new Dictionary<string, object?>
    {
        ["preset"] = Preset,
        ["version"] = Preset is null ? null : Version,
        ["job"] = JobId,
        ["kind"] = Kind?.ToString(),
        ["from"] = From?.ToString(DateFormat, CultureInfo.InvariantCulture),
        ["to"] = To?.ToString(DateFormat, CultureInfo.InvariantCulture),
        ["q"] = Search,
        ["tag"] = Tag,
        ["rating"] = MinRating,
    };

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
