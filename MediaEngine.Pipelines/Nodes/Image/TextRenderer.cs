using ImageMagick;
using ImageMagick.Drawing;
using MediaEngine.Pipelines.Media.Imaging;

namespace MediaEngine.Pipelines.Nodes.Image;

/// <summary>Checks font families, wraps text to a width with real font metrics and draws it.</summary>
internal static class TextRenderer
{
    /// <summary>The installed family matching <paramref name="requested"/> (ignoring case), or a clear refusal listing what is installed.</summary>
    public static string ResolveFamily(string requested)
    {
        var installed = InstalledFonts.Families;
        return installed.FirstOrDefault(f => string.Equals(f, requested.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException(
                $"The font family '{requested}' is not installed. Installed families: {(installed.Count == 0 ? "none" : string.Join(", ", installed))}.");
    }

    /// <summary>
    /// Splits <paramref name="text"/> into lines no wider than <paramref name="maxWidth"/> pixels: at spaces where possible,
    /// inside a word only when the word alone is too wide. Line breaks in the text are kept.
    /// </summary>
    public static TextBlock Layout(string text, string family, double size, FontWeight weight, double maxWidth)
    {
        using var probe = new MagickImage(MagickColors.Transparent, 1, 1);
        probe.Settings.FontFamily = family;
        probe.Settings.FontPointsize = size;
        probe.Settings.FontWeight = weight;
        double Measure(string line) => line.Length == 0 ? 0 : probe.FontTypeMetrics(line, ignoreNewlines: true)?.TextWidth ?? 0;

        var font = probe.FontTypeMetrics("Ág", ignoreNewlines: true)
            ?? throw new InvalidOperationException($"The font family '{family}' could not be measured.");
        var lines = new List<string>();
        var paragraphs = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\t', ' ').Trim('\n').Split('\n');
        foreach (var paragraph in paragraphs)
        {
            WrapParagraph(paragraph, maxWidth, Measure, lines);
        }

        return new TextBlock(family, size, weight, lines, lines.Select(Measure).ToList(), Math.Ceiling(font.TextHeight), font.Ascent);
    }

    /// <summary>Draws the lines with their top at <paramref name="top"/>, each centred on <paramref name="x"/> or starting at it.</summary>
    public static void Draw(MagickImage image, TextBlock block, double x, double top, IMagickColor<byte> colour, bool centred)
    {
        var drawables = new Drawables()
            .Font(block.Family, FontStyleType.Normal, block.Weight, FontStretch.Normal)
            .FontPointSize(block.Size)
            .FillColor(colour)
            .TextAlignment(centred ? TextAlignment.Center : TextAlignment.Left);
        for (var i = 0; i < block.Lines.Count; i++)
        {
            if (block.Lines[i].Length > 0)
            {
                drawables.Text(x, top + (i * block.LineHeight) + block.Ascent, block.Lines[i]);
            }
        }

        image.Draw(drawables);
    }

    private static void WrapParagraph(string paragraph, double maxWidth, Func<string, double> measure, List<string> lines)
    {
        var current = string.Empty;
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : $"{current} {word}";
            if (measure(candidate) <= maxWidth)
            {
                current = candidate;
                continue;
            }

            if (current.Length > 0)
            {
                lines.Add(current);
            }

            current = word;
            while (current.Length > 1 && measure(current) > maxWidth)
            {
                var fits = LongestFittingPrefix(current, maxWidth, measure);
                lines.Add(current[..fits]);
                current = current[fits..];
            }
        }

        lines.Add(current);
    }

    private static int LongestFittingPrefix(string word, double maxWidth, Func<string, double> measure)
    {
        var low = 1;
        var high = word.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (measure(word[..middle]) <= maxWidth)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }
}
