using MediaEngine.Pipelines.Media;
using MediaEngine.Pipelines.Nodes.Io;

namespace MediaEngine.Pipelines.Tests.Nodes.Io;

/// <summary>CSV and JSON tables: what is read, and every refusal with the file and row it names.</summary>
public sealed class TableReaderTests
{
    [Fact]
    public void ReadCsv_ShouldReadQuotedFields_WhenTheyHoldCommasQuotesAndLineBreaks()
    {
        var csv = "\uFEFFtitle,body\r\n\"Hello, world\",\"She said \"\"hi\"\"\"\r\nplain,\"two\nlines\"\r\n";

        var table = TableReader.ReadCsv(csv, "slides.csv", 10);

        table.Columns.ShouldBe(["title", "body"]);
        table.Rows.Count.ShouldBe(2);
        table.Rows[0]["title"].ShouldBe("Hello, world");
        table.Rows[0]["body"].ShouldBe("She said \"hi\"");
        table.Rows[1]["title"].ShouldBe("plain");
        table.Rows[1]["body"].ShouldBe("two\nlines");
    }

    [Fact]
    public void ReadCsv_ShouldKeepEmptyFieldsAndSkipBlankLines_WhenTheFileHasNoFinalNewline()
    {
        var table = TableReader.ReadCsv("a,b,c\n\n1,,\"\"\n\n4,5,6", "t.csv", 10);

        table.Rows.Count.ShouldBe(2);
        table.Rows[0].Values.ShouldBe(["1", "", ""]);
        table.Rows[1].Values.ShouldBe(["4", "5", "6"]);
    }

    [Fact]
    public void ReadJson_ShouldTurnFlatValuesIntoStrings_AndFillMissingFieldsWithEmptyText()
    {
        var json = """[ { "title": "One", "n": 3, "ok": true, "none": null }, { "title": "Two", "extra": "x" } ]""";

        var table = TableReader.ReadJson(json, "t.json", 10);

        table.Columns.ShouldBe(["title", "n", "ok", "none", "extra"]);
        table.Rows[0]["n"].ShouldBe("3");
        table.Rows[0]["ok"].ShouldBe("true");
        table.Rows[0]["none"].ShouldBe("");
        table.Rows[0]["extra"].ShouldBe("");
        table.Rows[1]["extra"].ShouldBe("x");
        table.Rows[1]["n"].ShouldBe("");
    }

    [Fact]
    public void Read_ShouldChooseTheFormatByExtension_WhenGivenCsvOrJson()
    {
        TableReader.Read("title\nA", "x.CSV", 5).Rows.ShouldHaveSingleItem()["title"].ShouldBe("A");
        TableReader.Read("""[{"title":"A"}]""", "x.json", 5).Rows.ShouldHaveSingleItem()["title"].ShouldBe("A");
    }

    [Theory]
    [InlineData("a,b\n1,2\n3\n", "'t.csv' cannot be used: row 2 (line 3) has 1 field but the header has 2 columns")]
    [InlineData("a,b\n1,2,3\n", "'t.csv' cannot be used: row 1 (line 2) has 3 fields but the header has 2 columns")]
    [InlineData("", "'t.csv' cannot be used: it is empty; a header row naming the columns is required")]
    [InlineData("\uFEFF\r\n\r\n", "'t.csv' cannot be used: it is empty; a header row naming the columns is required")]
    [InlineData("title,body\n", "'t.csv' cannot be used: it has a header row but no data rows")]
    [InlineData("title,Title\n1,2\n", "'t.csv' cannot be used: the header row (line 1) names the column 'Title' more than once")]
    [InlineData("title,,body\n1,2,3\n", "'t.csv' cannot be used: column 2 of the header row (line 1) has no name")]
    [InlineData("a\n\"open\nnever closed\n", "'t.csv' cannot be used: the quoted field opened on line 2 is never closed")]
    [InlineData("a,b\n\"x\"y,2\n", "'t.csv' cannot be used: line 2 has text after the closing quote of a quoted field")]
    [InlineData("a\n1\n2\n3\n4\n", "'t.csv' cannot be used: it has 4 rows, more than the limit of 3 ('maxRows')")]
    public void ReadCsv_ShouldRefuseNamingTheFileAndRow_WhenTheTableIsMalformed(string csv, string message)
    {
        var ex = Should.Throw<MediaInputException>(() => TableReader.ReadCsv(csv, "t.csv", 3));

        ex.Message.ShouldBe(message);
    }

    [Theory]
    [InlineData("""{"title":"x"}""", "'t.json' cannot be used: it must be a JSON array of objects, but the top level is an object")]
    [InlineData("[]", "'t.json' cannot be used: it is an empty array; the table has no rows")]
    [InlineData("""[{"a":"1"}, "x"]""", "'t.json' cannot be used: row 2 is a string, not an object")]
    [InlineData("""[{"a":"1"}, {"a":{"b":1}}]""", "'t.json' cannot be used: row 2, field 'a' is an object; only flat values (text, numbers, true/false, null) are allowed")]
    [InlineData("""[{"tags":["x"]}]""", "'t.json' cannot be used: row 1, field 'tags' is an array; only flat values (text, numbers, true/false, null) are allowed")]
    [InlineData("""[{"a":"1","A":"2"}]""", "'t.json' cannot be used: row 1 has the field 'A' more than once")]
    [InlineData("""[{}, {}]""", "'t.json' cannot be used: its objects have no fields; the table has no columns")]
    [InlineData("""[{"a":1},{"a":2},{"a":3},{"a":4}]""", "'t.json' cannot be used: it has 4 rows, more than the limit of 3 ('maxRows')")]
    [InlineData("[\n{\"a\": }\n]", "'t.json' cannot be used: it is not valid JSON (line 2)")]
    public void ReadJson_ShouldRefuseNamingTheFileAndRow_WhenTheTableIsMalformed(string json, string message)
    {
        var ex = Should.Throw<MediaInputException>(() => TableReader.ReadJson(json, "t.json", 3));

        ex.Message.ShouldBe(message);
    }

    [Fact]
    public void Read_ShouldRefuseNamingTheExtension_WhenTheFileIsNeitherCsvNorJson()
    {
        var ex = Should.Throw<MediaInputException>(() => TableReader.Read("a\n1", "t.xlsx", 3));

        ex.Message.ShouldBe("'t.xlsx' cannot be used: a table must be a .csv or .json file, not '.xlsx'");
    }
}
