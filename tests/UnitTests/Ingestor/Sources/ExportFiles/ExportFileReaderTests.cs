using OmniCharts.Ingestor.Sources.ExportFiles;

namespace OmniCharts.UnitTests.Ingestor.Sources.ExportFiles;

public class ExportFileReaderTests
{
    private static async Task<List<ExportRecord>> ReadAll(string fileName)
    {
        var records = new List<ExportRecord>();
        await foreach (var record in ExportFileReader.ReadAsync(RocketChatFixtures.PathOf(fileName)))
            records.Add(record);
        return records;
    }

    [Fact]
    public async Task Malformed_lines_are_reported_with_file_and_line_and_reading_goes_on()
    {
        var records = await ReadAll("malformed_lines.json");
        var path = RocketChatFixtures.PathOf("malformed_lines.json");

        Assert.Equal([$"{path}:1", $"{path}:2", $"{path}:4", $"{path}:5"], records.Select(record => record.Location));
        Assert.Equal(["p1", "p4"], records.Where(record => record.Document is not null).Select(record => record.Document!["_id"].AsString));
        Assert.All(records.Where(record => record.Document is null), record => Assert.False(string.IsNullOrWhiteSpace(record.Error)));
        Assert.Contains("extra non-whitespace", records[2].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Relaxed_and_canonical_dates_parse_to_the_same_instant()
    {
        var records = await ReadAll("malformed_lines.json");

        Assert.Equal(records[0].Document!["_updatedAt"].ToUniversalTime(), records[3].Document!["_updatedAt"].ToUniversalTime());
    }

    [Fact]
    public async Task Json_array_export_numbers_its_elements_and_rejects_non_documents()
    {
        var records = await ReadAll("settings_array.json");
        var path = RocketChatFixtures.PathOf("settings_array.json");

        Assert.Equal([$"{path}:[1]", $"{path}:[2]", $"{path}:[3]"], records.Select(record => record.Location));
        Assert.Equal("Livechat_enabled", records[1].Document!["_id"].AsString);
        Assert.Equal("array element must be a document, found Int32", records[2].Error);
    }

    [Fact]
    public async Task Syntax_error_in_a_json_array_ends_the_file_after_the_good_elements()
    {
        var records = await ReadAll("broken_array.json");

        Assert.Equal(2, records.Count);
        Assert.Equal("a", records[0].Document!["_id"].AsString);
        Assert.Null(records[1].Document);
        Assert.EndsWith(":[2]", records[1].Location, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(records[1].Error));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"_id": "x",""")]
    [InlineData("""{"_updatedAt":{"$date":"yesterday"}}""")]
    public void Line_that_is_not_extended_json_gives_the_parser_reason(string line)
    {
        var record = ExportFileReader.ParseLine("f.json:7", line);

        Assert.Null(record.Document);
        Assert.Equal("f.json:7", record.Location);
        Assert.False(string.IsNullOrWhiteSpace(record.Error));
    }
}
