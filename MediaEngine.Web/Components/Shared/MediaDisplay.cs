using System.Globalization;
using MediaEngine.Domain.Entities;
using MudBlazor;

namespace MediaEngine.Web.Components.Shared;

/// <summary>How files are described on every page: sizes and the icon of a kind of media.</summary>
public static class MediaDisplay
{
    /// <summary>"1.2 MB": binary multiples, one decimal; whole bytes below 1 KB.</summary>
    public static string Size(long bytes)
    {
        string[] units = ["B", "KB", "MB", "GB", "TB"];
        double value = bytes;
        var unit = 0;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return unit == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes} B")
            : string.Create(CultureInfo.InvariantCulture, $"{value:0.#} {units[unit]}");
    }

    /// <summary>The icon standing for a file of <paramref name="kind"/> where there is no preview.</summary>
    public static string IconOf(MediaKind kind) => kind switch
    {
        MediaKind.Image => Icons.Material.Filled.Image,
        MediaKind.Video => Icons.Material.Filled.Movie,
        MediaKind.Audio => Icons.Material.Filled.AudioFile,
        MediaKind.Text => Icons.Material.Filled.Description,
        _ => Icons.Material.Filled.InsertDriveFile,
    };
}
