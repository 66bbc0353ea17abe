using System.Globalization;

namespace MediaEngine.Domain.Presets;

/// <summary>
/// How callers name a preset: its slug (<c>web-images</c>, meaning the latest version), a pinned version
/// (<c>web-images@3</c>), an id (a preset's id means its latest version; a preset version's id is exact), or a
/// preset's id with a pinned version (<c>&lt;id&gt;@3</c>).
/// </summary>
public sealed record PresetReference(string? Slug, int? Version, Guid? Id)
{
    public static PresetReference Parse(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        text = text.Trim();
        if (Guid.TryParse(text, out var id))
        {
            return new PresetReference(null, null, id);
        }

        var at = text.LastIndexOf('@');
        if (at < 0)
        {
            return new PresetReference(text, null, null);
        }

        var versionText = text[(at + 1)..];
        if (at == 0 || !int.TryParse(versionText, NumberStyles.None, CultureInfo.InvariantCulture, out var version) || version < 1)
        {
            throw new ArgumentException($"'{text}' is not a preset reference: use <slug>, <slug>@<version> (a whole number from 1), an id or <id>@<version>.");
        }

        var name = text[..at];
        return Guid.TryParse(name, out var presetId) ? new PresetReference(null, version, presetId) : new PresetReference(name, version, null);
    }

    public override string ToString() => (Id?.ToString() ?? Slug!) + (Version is { } v ? $"@{v}" : string.Empty);
}
