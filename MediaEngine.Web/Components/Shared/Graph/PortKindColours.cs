using System.Collections.Frozen;
using MediaEngine.Domain.Graph;

namespace MediaEngine.Web.Components.Shared.Graph;

/// <summary>
/// The one colour per port kind used wherever edges and ports are drawn (graph view, workbench), so a kind looks the
/// same everywhere. Mid-tone colours that read on both the light and the dark theme; each value is a CSS colour.
/// </summary>
public static class PortKindColours
{
    /// <summary>For an edge whose kind is not known (no node catalog given, or an unknown node type or port).</summary>
    public const string Unknown = "var(--mud-palette-text-disabled)";

    /// <summary>Every port kind with its colour.</summary>
    public static IReadOnlyDictionary<PortKind, string> All { get; } = new Dictionary<PortKind, string>
    {
        [PortKind.Image] = "#4c9be8",
        [PortKind.ImageSet] = "#9575cd",
        [PortKind.Video] = "#f08c3a",
        [PortKind.Audio] = "#26a69a",
        [PortKind.Text] = "#c2a33e",
        [PortKind.Data] = "#8d9aa6",
    }.ToFrozenDictionary();

    /// <summary>The colour of the kind, or <see cref="Unknown"/> when there is none.</summary>
    public static string For(PortKind? kind) => kind is { } known ? All.GetValueOrDefault(known, Unknown) : Unknown;
}
