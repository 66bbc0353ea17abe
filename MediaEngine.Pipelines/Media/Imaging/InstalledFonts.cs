using ImageMagick;

namespace MediaEngine.Pipelines.Media.Imaging;

/// <summary>
/// The font families ImageMagick can draw with. Magick.NET ships its own fontconfig, which does not look where the
/// system keeps its configuration; it is pointed at the system's <c>/etc/fonts</c> once, before the first lookup, so the
/// installed fonts are found without a "cannot load default config file" error.
/// </summary>
public static class InstalledFonts
{
    private const string SystemConfigDirectory = "/etc/fonts";

    private static readonly Lazy<bool> Configured = new(() =>
    {
        if (File.Exists(Path.Combine(SystemConfigDirectory, "fonts.conf")))
        {
            MagickNET.SetFontConfigDirectory(SystemConfigDirectory + Path.DirectorySeparatorChar);
        }

        return true;
    });

    public static IReadOnlyList<string> Families
    {
        get
        {
            _ = Configured.Value;
            return [.. MagickNET.FontFamilies];
        }
    }
}
