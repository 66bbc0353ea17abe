namespace MediaEngine.Domain.Graph.Parameters;

/// <summary>
/// The standard preset-level brand kit: visual style, colour scheme (background, accent, text), aspect ratio, slide
/// count, heading and body fonts and logo, as graph parameters. The slide nodes' settings of the same meaning bind to
/// them, so one change restyles every slide. The choices match the slide nodes' settings (checked by a test).
/// </summary>
public static class BrandKit
{
    public const string Style = "style";
    public const string Background = "background";
    public const string Accent = "accent";
    public const string Text = "text";
    public const string Aspect = "aspect";
    public const string SlideCount = "slideCount";
    public const string HeadingFont = "headingFont";
    public const string BodyFont = "bodyFont";
    public const string Logo = "logo";

    /// <summary>The visual styles a slide can be drawn in.</summary>
    public static IReadOnlyList<string> Styles { get; } = ["Classic", "Bold", "Minimal"];

    /// <summary>The slide shapes.</summary>
    public static IReadOnlyList<string> Aspects { get; } = ["Square", "Portrait", "Story"];

    /// <summary>The brand kit parameters with neutral defaults, in the order the workbench lists them.</summary>
    public static IReadOnlyList<GraphParameter> Parameters { get; } =
    [
        new(Style, GraphParameterKind.Choice, "Classic", "Visual style: Classic (accent bar), Bold (wide bar, larger title) or Minimal (accent-coloured title)", Styles),
        new(Background, GraphParameterKind.Colour, "#111827", "Background colour; tints photos behind the text"),
        new(Accent, GraphParameterKind.Colour, "#f59e0b", "Accent colour"),
        new(Text, GraphParameterKind.Colour, "#ffffff", "Text colour"),
        new(Aspect, GraphParameterKind.Choice, "Portrait", "Aspect ratio: Square 1:1, Portrait 4:5 or Story 9:16", Aspects),
        new(SlideCount, GraphParameterKind.Integer, 0, "How many slides at most; 0 makes one per row or photo"),
        new(HeadingFont, GraphParameterKind.Font, "DejaVu Sans", "Font family of the titles"),
        new(BodyFont, GraphParameterKind.Font, "DejaVu Sans", "Font family of the body text"),
        new(Logo, GraphParameterKind.Image, null, "Logo from the asset library, drawn in a corner of every slide; none = no logo"),
    ];
}
