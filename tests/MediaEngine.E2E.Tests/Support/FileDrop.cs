using Microsoft.Playwright;

namespace MediaEngine.E2E.Tests.Support;

/// <summary>
/// Drops files on an element the way a person dragging them from the desktop does: the files are built in the page from
/// their bytes into a <c>DataTransfer</c>, which <c>dragenter</c>, <c>dragover</c> and <c>drop</c> events then carry.
/// </summary>
public static class FileDrop
{
    private const string BuildDataTransfer = """
        files => {
          const transfer = new DataTransfer();
          for (const file of files) {
            const bytes = Uint8Array.from(atob(file.base64), c => c.charCodeAt(0));
            transfer.items.add(new File([bytes], file.name, { type: file.type }));
          }
          return transfer;
        }
        """;

    /// <summary>Drops <paramref name="paths"/> (each of type <paramref name="mimeType"/>) on <paramref name="zone"/>.</summary>
    public static async Task DropAsync(ILocator zone, IReadOnlyList<string> paths, string mimeType)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<object>();
        foreach (var path in paths)
        {
            files.Add(new { name = Path.GetFileName(path), type = mimeType, base64 = Convert.ToBase64String(await File.ReadAllBytesAsync(path)) });
        }

        await using var dataTransfer = await zone.Page.EvaluateHandleAsync(BuildDataTransfer, files);
        foreach (var type in new[] { "dragenter", "dragover", "drop" })
        {
            await zone.DispatchEventAsync(type, new { dataTransfer });
        }
    }
}
