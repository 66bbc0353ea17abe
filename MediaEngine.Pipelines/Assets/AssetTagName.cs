using System.Globalization;
using System.Text;

namespace MediaEngine.Pipelines.Assets;

/// <summary>
/// The one spelling of a tag: trimmed, lower-case, inner white space as single spaces, at most
/// <see cref="MaxLength"/> characters, e.g. <c>"  Summer   Campaign "</c> → <c>"summer campaign"</c>.
/// </summary>
public static class AssetTagName
{
    /// <summary>The longest tag kept (the column's length).</summary>
    public const int MaxLength = 64;

    /// <summary>The normalised tag.</summary>
    /// <exception cref="ArgumentException">The tag is empty, too long, or holds control characters or commas; the message says which.</exception>
    public static string Normalize(string? tag)
    {
        var text = (tag ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            throw new ArgumentException("A tag cannot be empty: type a word such as 'campaign' or 'logo'.", nameof(tag));
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format || c == ',')
            {
                throw new ArgumentException($"The tag '{text}' holds a comma or an invisible character; tags are single words or short phrases.", nameof(tag));
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        var normalized = builder.ToString();
        return normalized.Length <= MaxLength
            ? normalized
            : throw new ArgumentException($"The tag '{text}' is {normalized.Length} characters long; tags have at most {MaxLength}.", nameof(tag));
    }
}
