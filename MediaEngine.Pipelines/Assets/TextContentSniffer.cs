using System.Text;
using System.Text.Json;
using MediaEngine.Domain.Entities;
using MediaEngine.Pipelines.Artifacts;

namespace MediaEngine.Pipelines.Assets;

/// <summary>
/// Text is a file that is valid UTF-8 from start to end with no NUL byte. It is JSON (data) when it parses as a JSON
/// object or array, a CSV table (data) when its first records all have the same number (at least one) of commas outside
/// quotes, and plain text otherwise.
/// </summary>
internal static class TextContentSniffer
{
    /// <summary>Larger JSON files are not parsed to tell them from text; they count as plain text.</summary>
    public const long MaxJsonBytes = 16 * 1024 * 1024;

    private const int SampleBytes = 64 * 1024;
    private const int CsvRecordsChecked = 50;

    public static readonly SniffedMedia PlainText = new(MediaKind.Text, "text/plain", MediaTypes.ExtensionFor("text/plain"), "plain text");
    public static readonly SniffedMedia Csv = new(MediaKind.Data, "text/csv", MediaTypes.ExtensionFor("text/csv"), "CSV table");
    public static readonly SniffedMedia Json = new(MediaKind.Data, "application/json", MediaTypes.ExtensionFor("application/json"), "JSON data");

    /// <summary>Plain text, CSV or JSON; null when the file is not UTF-8 text.</summary>
    public static SniffedMedia? Detect(string path)
    {
        var (isText, sample, truncated) = ReadUtf8(path);
        if (!isText)
        {
            return null;
        }

        var trimmed = sample.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (trimmed.Length > 0 && trimmed[0] is '{' or '[' && IsJson(path))
        {
            return Json;
        }

        return LooksLikeCsv(sample.TrimStart('\uFEFF'), truncated) ? Csv : PlainText;
    }

    /// <summary>Reads the whole file: true when it is valid UTF-8 without NUL bytes, with its first characters.</summary>
    private static (bool IsText, string Sample, bool Truncated) ReadUtf8(string path)
    {
        var decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
        var buffer = new byte[SampleBytes];
        string? sample = null;
        var truncated = false;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        try
        {
            int read;
            while ((read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false)) > 0)
            {
                var chunk = buffer.AsSpan(0, read);
                if (chunk.Contains((byte)0))
                {
                    return (false, string.Empty, false);
                }

                var chars = new char[decoder.GetCharCount(chunk, flush: false)];
                decoder.GetChars(chunk, chars, flush: false);
                if (sample is null)
                {
                    sample = new string(chars);
                }
                else
                {
                    truncated = true;
                }
            }

            // A multi-byte sequence cut off at the end of the file is invalid too.
            decoder.GetCharCount(ReadOnlySpan<byte>.Empty, flush: true);
        }
        catch (DecoderFallbackException)
        {
            return (false, string.Empty, false);
        }

        return (true, sample ?? string.Empty, truncated);
    }

    private static bool IsJson(string path)
    {
        if (new FileInfo(path).Length > MaxJsonBytes)
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            return document.RootElement.ValueKind is JsonValueKind.Object or JsonValueKind.Array;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>
    /// Splits the sample into records (RFC 4180: line breaks inside quotes do not end a record) and counts the commas
    /// outside quotes in each; a table has a header and at least one row, all with the same, non-zero count.
    /// </summary>
    private static bool LooksLikeCsv(string sample, bool truncated)
    {
        List<int> commas = [];
        var count = 0;
        var inQuotes = false;
        var recordHasText = false;
        var complete = false;
        foreach (var c in sample)
        {
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && c == ',')
            {
                count++;
            }
            else if (!inQuotes && c == '\n')
            {
                if (recordHasText)
                {
                    commas.Add(count);
                }

                (count, recordHasText) = (0, false);
                if (commas.Count == CsvRecordsChecked)
                {
                    complete = true;
                    break;
                }

                continue;
            }

            recordHasText |= !char.IsWhiteSpace(c);
        }

        if (!complete && !truncated && recordHasText && !inQuotes)
        {
            commas.Add(count); // the last record, without a final line break
        }

        return commas.Count >= 2 && commas[0] > 0 && commas.All(n => n == commas[0]);
    }
}
