using MongoDB.Bson;
using OmniCharts.Reference;
using OmniCharts.Reference.ChartsData;
using static OmniCharts.UnitTests.Reference.RawDocs;

namespace OmniCharts.UnitTests.Reference;

public class ChartsDataOracleMetricTests
{
    private const string Day = "2026-02-03";

    private static ParsedChart Daily(string chart, RawDocuments data, params (string, string)[] more) =>
        ParsedChart.From(ChartsDataOracle.Answer(data, Ask(chart, Day, "2026-02-04", more), new OracleSettings()));

    [Fact]
    public void A_room_without_counted_messages_still_adds_one_message()
    {
        var hidden = Message("m3", "busy");
        hidden["_hidden"] = true;
        var messages = new[]
        {
            Message("m1", "busy"), Message("m2", "busy"), hidden,
            new BsonDocument { ["_id"] = "v", ["rid"] = "busy", ["token"] = "visitor" },
            new BsonDocument { ["_id"] = "s", ["rid"] = "busy", ["t"] = "livechat-started" },
            new BsonDocument { ["_id"] = "n", ["rid"] = "busy", ["t"] = BsonNull.Value, ["token"] = BsonNull.Value },
            new BsonDocument { ["_id"] = "q", ["rid"] = "quiet", ["token"] = "visitor" },
        };
        var data = With([Room("busy", $"{Day}T10:00:00Z"), Room("quiet", $"{Day}T11:00:00Z")], messages);

        Assert.Equal([5d, 0], Daily(ChartNames.TotalMessages, data).Points);
    }

    [Fact]
    public void Only_omnichannel_rooms_count()
    {
        var data = With([Room("l", $"{Day}T10:00:00Z"), Room("c", $"{Day}T10:00:00Z", type: "c"), Room("d", $"{Day}T10:00:00Z", type: "d")]);

        Assert.Equal([1d, 0], Daily(ChartNames.TotalConversations, data).Points);
    }

    [Theory]
    [InlineData(ChartNames.AvgFirstResponseTime, 1.65)]
    [InlineData(ChartNames.BestFirstResponseTime, 1.1)]
    [InlineData(ChartNames.AvgResponseTime, 1.65)]
    [InlineData(ChartNames.AvgReactionTime, 0)]
    [InlineData(ChartNames.AvgChatDuration, 0)]
    public void Averages_and_the_minimum_skip_missing_and_zero_metrics(string chart, double expected)
    {
        var data = With([
            Room("a", $"{Day}T01:00:00Z", ft: 1.1), Room("b", $"{Day}T02:00:00Z", ft: 2.2),
            Room("zero", $"{Day}T03:00:00Z", ft: 0), Room("none", $"{Day}T04:00:00Z")]);

        Assert.Equal(expected, Daily(chart, data).Points[0]);
    }

    [Theory]
    [InlineData(1.005, 1)]
    [InlineData(2.675, 2.68)]
    public void The_best_first_response_is_rounded_like_javascript(double ft, double expected)
    {
        var data = With([Room("a", $"{Day}T01:00:00Z", ft: ft)]);

        Assert.Equal(expected, Daily(ChartNames.BestFirstResponseTime, data).Points[0]);
    }

    [Theory]
    [InlineData("", 3)]
    [InlineData("undefined", 3)]
    [InlineData("sales", 2)]
    [InlineData("nobody", 0)]
    public void The_department_filter_matches_the_current_department_exactly(string department, double expected)
    {
        var data = With([Room("a", $"{Day}T01:00:00Z", "sales"), Room("b", $"{Day}T02:00:00Z", "sales"), Room("c", $"{Day}T03:00:00Z")]);

        Assert.Equal(expected, Daily(ChartNames.TotalConversations, data, ("departmentId", department)).Points[0]);
    }

    [Fact]
    public void Numbers_print_in_the_shortest_form()
    {
        var data = With([Room("a", $"{Day}T01:00:00Z", ft: 10), Room("b", $"{Day}T02:00:00Z", ft: 15)]);
        var answer = ChartsDataOracle.Answer(data, Ask(ChartNames.AvgFirstResponseTime, Day, "2026-02-04"), new OracleSettings());

        Assert.Equal("""{"chartLabel":"Avg_first_response_time","dataLabels":["2/3","2/4"],"dataPoints":[12.5,0],"success":true}""", answer.Body);
    }
}
