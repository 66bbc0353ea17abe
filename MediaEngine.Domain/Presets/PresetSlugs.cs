using System.Text;

namespace MediaEngine.Domain.Presets;

/// <summary>
/// Preset slugs: lower-case ASCII letters and digits in words joined by single hyphens (<c>web-images-2</c>), at most
/// <see cref="MaxLength"/> characters. They name presets in URLs, job submissions and <c>slug@version</c> references.
/// </summary>
public static class PresetSlugs
{
    public const int MaxLength = 100;

    public const string Rule = "a slug uses only lower-case letters, digits and single hyphens between them (for example \"web-images-2\"), at most 100 characters";

    public static bool IsValid(string? slug) =>
        !string.IsNullOrEmpty(slug)
        && slug.Length <= MaxLength
        && slug[0] != '-' && slug[^1] != '-'
        && !slug.Contains("--", StringComparison.Ordinal)
        && slug.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    /// <summary>A slug made from a display name: "Web images (square)" → <c>web-images-square</c>; empty when nothing is left.</summary>
    public static string FromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var slug = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                slug.Append(c);
            }
            else if (char.IsWhiteSpace(c) || c is '-' or '_' or '.' or '/' or '@')
            {
                if (slug.Length > 0 && slug[^1] != '-')
                {
                    slug.Append('-');
                }
            }
        }

        var text = slug.ToString().Trim('-');
        return text.Length <= MaxLength ? text : text[..MaxLength].TrimEnd('-');
    }
}
