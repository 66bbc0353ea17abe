using System.Text;
using System.Text.Json;
using MediaEngine.Domain.Graph;
using MediaEngine.Pipelines.Abstractions;
using MediaEngine.Pipelines.Media;

namespace MediaEngine.Pipelines.Nodes.Io;

/// <summary>
/// A table supplied as a .csv (RFC 4180, with a header row) or .json (an array of flat objects) file, checked and
/// normalised to a JSON array of objects whose values are all strings, with the columns in order.
/// </summary>
[PipelineNode("data.table", 1, NodeCategory.Io, "Table input", "A .csv or .json table supplied when the pipeline runs, as rows of text values.")]
[OutputPort("rows", PortKind.Data)]
public sealed class DataTableNode : PipelineNode<DataTableSettings>
{
    /// <summary>The largest table file accepted.</summary>
    public const long MaxBytes = 20L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    protected override async Task<NodeOutputs> ExecuteAsync(NodeContext context, DataTableSettings settings, CancellationToken cancellationToken)
    {
        var supplied = InputSupply.Require(context, settings.Input);
        if (supplied.Count != 1)
        {
            throw new InvalidOperationException(
                $"The graph input '{settings.Input}' needs exactly one .csv or .json file; {supplied.Count} were supplied.");
        }

        var source = supplied[0];
        var table = await InputSupply.CheckAsync(source, path => ReadAsync(path, source.Name ?? path, settings.MaxRows, cancellationToken));
        context.Log($"Read {table.Rows.Count} rows with the columns {string.Join(", ", table.Columns)}.");

        var output = context.NewOutputPath(".json");
        await using (var stream = File.Create(output))
        {
            await using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
            writer.WriteStartArray();
            foreach (var row in table.Rows)
            {
                writer.WriteStartObject();
                foreach (var column in table.Columns)
                {
                    writer.WriteString(column, row[column]);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        context.ReportProgress(100, $"{table.Rows.Count} rows");
        return NodeOutputs.Of(new NodeOutputFile("rows", output, PortKind.Data, "application/json"));
    }

    private static async Task<TableReader.Table> ReadAsync(string path, string name, int maxRows, CancellationToken cancellationToken)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new MediaInputException(path, "it does not exist");
        }

        if (file.Length > MaxBytes)
        {
            throw new MediaInputException(path, $"it is {file.Length:N0} bytes, larger than the limit of {MaxBytes:N0} bytes for a table");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(await File.ReadAllBytesAsync(path, cancellationToken));
        }
        catch (DecoderFallbackException)
        {
            throw new MediaInputException(path, "it is not UTF-8 text");
        }

        // The extension of the name the user gave decides the format; the stored copy keeps the same extension.
        return TableReader.Read(text, Path.HasExtension(name) ? name : path, maxRows);
    }
}
