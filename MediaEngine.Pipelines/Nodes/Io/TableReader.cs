using System.Text;
using System.Text.Json;
using MediaEngine.Pipelines.Media;

namespace MediaEngine.Pipelines.Nodes.Io;

/// <summary>
/// Reads a small table from CSV (RFC 4180: header row, quoted fields, doubled quotes, commas and line breaks inside
/// quotes, a leading BOM) or JSON (an array of flat objects). Every value becomes a string. Refusals are
/// <see cref="MediaInputException"/>s naming the file and the row or line at fault.
/// </summary>
internal static class TableReader
{
    /// <summary>A table: its columns in order, and one value per column for every row.</summary>
    public sealed record Table(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyDictionary<string, string>> Rows);

    /// <summary>Reads <paramref name="text"/> as CSV or JSON, chosen by the extension of <paramref name="fileName"/>.</summary>
    public static Table Read(string text, string fileName, int maxRows) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".csv" => ReadCsv(text, fileName, maxRows),
        ".json" => ReadJson(text, fileName, maxRows),
        var other => throw new MediaInputException(fileName, $"a table must be a .csv or .json file, not '{(other.Length == 0 ? "(no extension)" : other)}'"),
    };

    public static Table ReadCsv(string text, string fileName, int maxRows)
    {
        var records = ParseCsv(text.TrimStart('\uFEFF'), fileName);
        if (records.Count == 0)
        {
            throw new MediaInputException(fileName, "it is empty; a header row naming the columns is required");
        }

        var (headerLine, header) = records[0];
        var columns = CheckColumns(header.Select(h => h.Trim()).ToList(), fileName, $"the header row (line {headerLine})");
        if (records.Count == 1)
        {
            throw new MediaInputException(fileName, "it has a header row but no data rows");
        }

        CheckCount(records.Count - 1, fileName, maxRows);
        var rows = new List<IReadOnlyDictionary<string, string>>(records.Count - 1);
        for (var i = 1; i < records.Count; i++)
        {
            var (line, fields) = records[i];
            if (fields.Count != columns.Count)
            {
                throw new MediaInputException(fileName,
                    $"row {i} (line {line}) has {fields.Count} {Plural(fields.Count, "field")} but the header has {columns.Count} {Plural(columns.Count, "column")}");
            }

            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var c = 0; c < columns.Count; c++)
            {
                row[columns[c]] = fields[c];
            }

            rows.Add(row);
        }

        return new Table(columns, rows);
    }

    public static Table ReadJson(string text, string fileName, int maxRows)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text.TrimStart('\uFEFF'), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new MediaInputException(fileName, $"it is not valid JSON (line {(ex.LineNumber ?? 0) + 1})", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array)
            {
                throw new MediaInputException(fileName, $"it must be a JSON array of objects, but the top level is {Describe(root.ValueKind)}");
            }

            var count = root.GetArrayLength();
            if (count == 0)
            {
                throw new MediaInputException(fileName, "it is an empty array; the table has no rows");
            }

            CheckCount(count, fileName, maxRows);
            var columns = new List<string>();
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var parsed = new List<Dictionary<string, string>>(count);
            var index = 0;
            foreach (var element in root.EnumerateArray())
            {
                index++;
                parsed.Add(ReadObject(element, index, fileName, columns, seen));
            }

            if (columns.Count == 0)
            {
                throw new MediaInputException(fileName, "its objects have no fields; the table has no columns");
            }

            var rows = parsed.Select(r => (IReadOnlyDictionary<string, string>)columns.ToDictionary(c => c, c => r.GetValueOrDefault(c, string.Empty), StringComparer.Ordinal)).ToList();
            return new Table(columns, rows);
        }
    }

    private static Dictionary<string, string> ReadObject(JsonElement element, int index, string fileName, List<string> columns, HashSet<string> seen)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new MediaInputException(fileName, $"row {index} is {Describe(element.ValueKind)}, not an object");
        }

        var row = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var name = property.Name.Trim();
            if (name.Length == 0)
            {
                throw new MediaInputException(fileName, $"row {index} has a field with an empty name");
            }

            var value = property.Value;
            if (value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
            {
                throw new MediaInputException(fileName,
                    $"row {index}, field '{name}' is {Describe(value.ValueKind)}; only flat values (text, numbers, true/false, null) are allowed");
            }

            // A column is named the same way in every row, whatever the case the first row used.
            var column = columns.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase)) ?? name;
            if (!row.TryAdd(column, value.ValueKind switch
            {
                JsonValueKind.String => value.GetString() ?? string.Empty,
                JsonValueKind.Null => string.Empty,
                _ => value.GetRawText(),
            }))
            {
                throw new MediaInputException(fileName, $"row {index} has the field '{name}' more than once");
            }

            if (seen.Add(column))
            {
                columns.Add(column);
            }
        }

        return row;
    }

    private static List<string> CheckColumns(List<string> names, string fileName, string where)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i].Length == 0)
            {
                throw new MediaInputException(fileName, $"column {i + 1} of {where} has no name");
            }

            if (!seen.Add(names[i]))
            {
                throw new MediaInputException(fileName, $"{where} names the column '{names[i]}' more than once");
            }
        }

        return names;
    }

    private static void CheckCount(int count, string fileName, int maxRows)
    {
        if (count > maxRows)
        {
            throw new MediaInputException(fileName, $"it has {count:N0} rows, more than the limit of {maxRows:N0} ('maxRows')");
        }
    }

    /// <summary>RFC 4180 records with the line each starts on. Blank lines between records are skipped.</summary>
    private static List<(int Line, List<string> Fields)> ParseCsv(string text, string fileName)
    {
        var records = new List<(int, List<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var (line, recordLine, i) = (1, 1, 0);
        var fieldQuoted = false;

        void EndRecord()
        {
            fields.Add(field.ToString());
            field.Clear();
            if (!(fields.Count == 1 && fields[0].Length == 0 && !fieldQuoted))
            {
                records.Add((recordLine, fields));
            }

            fields = [];
            fieldQuoted = false;
        }

        while (i < text.Length)
        {
            var ch = text[i];
            if (ch == '"' && field.Length == 0 && !fieldQuoted)
            {
                var openedOn = line;
                fieldQuoted = true;
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new MediaInputException(fileName, $"the quoted field opened on line {openedOn} is never closed");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                    {
                        line++;
                    }

                    field.Append(text[i++]);
                }

                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    throw new MediaInputException(fileName, $"line {line} has text after the closing quote of a quoted field");
                }

                continue;
            }

            if (ch == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                fieldQuoted = false;
                i++;
            }
            else if (ch is '\r' or '\n')
            {
                EndRecord();
                i += ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                recordLine = ++line;
            }
            else if (fieldQuoted)
            {
                throw new MediaInputException(fileName, $"line {line} has text after the closing quote of a quoted field");
            }
            else
            {
                field.Append(ch);
                i++;
            }
        }

        if (field.Length > 0 || fields.Count > 0 || fieldQuoted)
        {
            EndRecord();
        }

        return records;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.Null => "null",
        _ => "true/false",
    };

    private static string Plural(int count, string noun) => count == 1 ? noun : noun + "s";
}
