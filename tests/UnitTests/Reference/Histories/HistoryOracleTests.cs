using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MongoDB.Bson;
using OmniCharts.Reference.ChartsData;
using OmniCharts.Reference.Histories;

namespace OmniCharts.UnitTests.Reference.Histories;

public class HistoryOracleTests
{
    [Property(MaxTest = 40)]
    public Property A_wide_range_counts_every_livechat_room_once() => Prop.ForAll(HistoryGens.Histories().ToArbitrary(), history =>
    {
        static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var manager = history.Callers.Single(c => c.UserId == "manager");
        var request = ChartRequest.Of(manager.UserId, manager.Token, ("chartName", ChartNames.TotalConversations),
            ("start", Day(history.FirstDay.AddDays(-2))), ("end", Day(history.LastDay.AddDays(2))));

        var chart = ParsedChart.From(ChartsDataOracle.Answer(history.Final, request, new OracleSettings("Europe/Berlin")));

        return chart.Points.Sum() == history.Final.Rooms.Count(r => r["t"] == "l");
    });

    [Property(MaxTest = 40)]
    public Property Department_series_and_rooms_without_one_add_up_to_all_rooms() => Prop.ForAll(HistoryGens.Histories().ToArbitrary(), history =>
    {
        static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var manager = history.Callers.Single(c => c.UserId == "manager");
        double Total(string chart, string? department) => ParsedChart.From(ChartsDataOracle.Answer(history.Final,
            ChartRequest.Of(manager.UserId, manager.Token, [("chartName", chart), ("start", Day(history.FirstDay.AddDays(-1))),
                ("end", Day(history.LastDay.AddDays(1))), .. department is null ? Array.Empty<(string, string)>() : [("departmentId", department)]]),
            new OracleSettings())).Points.Sum();
        var withoutDepartment = history.Final.Rooms.Where(r => r["t"] == "l" && !r.Contains("departmentId")).ToList();

        return ChartNames.All.Where(c => c is ChartNames.TotalConversations or ChartNames.TotalMessages).All(chart =>
            Total(chart, null) == history.Departments.Sum(d => Total(chart, d)) +
                (chart == ChartNames.TotalConversations ? withoutDepartment.Count : withoutDepartment.Sum(r => Math.Max(1, history.Final.Messages.Count(m =>
                    m["rid"] == r["_id"] && m.GetValue("t", BsonNull.Value).IsBsonNull && m.GetValue("token", BsonNull.Value).IsBsonNull)))));
    });

    [Property(MaxTest = 100)]
    public Property Generated_requests_get_one_of_the_specified_statuses() => Prop.ForAll(HistoryGens.HistoriesWithRequests().ToArbitrary(), pair =>
    {
        var answer = ChartsDataOracle.Answer(pair.History.Final, pair.Request, new OracleSettings("America/New_York"));
        var parsed = System.Text.Json.JsonDocument.Parse(answer.Body).RootElement;
        return answer.Status switch
        {
            200 => parsed.GetProperty("dataLabels").GetArrayLength() == parsed.GetProperty("dataPoints").GetArrayLength(),
            403 => pair.Request.UserId is "agent" or "monitor",
            _ => false,
        };
    });
}
