using System.Globalization;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MongoDB.Bson;
using OmniCharts.Reference.AnalyticsOverview;
using OmniCharts.Reference.ChartsData;
using OmniCharts.Reference.Histories;

namespace OmniCharts.UnitTests.Reference.AnalyticsOverview;

public class OverviewHistoryTests
{
    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static IReadOnlyList<string> Cards(History history, string? department)
    {
        var manager = history.Callers.Single(c => c.UserId == "manager");
        var request = OverviewRequests.Ask(OverviewEndpoint.Overview, manager, OverviewNames.Conversations,
            Day(history.FirstDay.AddDays(-2)), Day(history.LastDay.AddDays(2)), department);
        var answer = OverviewOracle.Answer(history.Final, request, new OracleSettings("Asia/Kathmandu"));
        using var json = JsonDocument.Parse(answer.Body);
        return [.. json.RootElement.EnumerateArray().Select(c => c.GetProperty("value").GetRawText())];
    }

    [Property(MaxTest = 40)]
    public Property A_wide_range_counts_every_livechat_room_once() => Prop.ForAll(HistoryGens.Histories().ToArbitrary(), history =>
        Cards(history, null)[0] == history.Final.Rooms.Count(r => r["t"] == "l").ToString(CultureInfo.InvariantCulture));

    [Property(MaxTest = 40)]
    public Property Department_totals_and_rooms_without_one_add_up_to_all_rooms() => Prop.ForAll(HistoryGens.Histories().ToArbitrary(), history =>
    {
        static long Number(string json) => long.Parse(json, CultureInfo.InvariantCulture);
        var all = Cards(history, null);
        var perDepartment = history.Departments.Select(d => Cards(history, d)).ToList();
        var withoutDepartment = history.Final.Rooms.Where(r => r["t"] == "l" && !r.Contains("departmentId")).ToList();
        var messagesWithoutDepartment = withoutDepartment.Sum(r => Math.Max(1, history.Final.Messages.Count(m =>
            m["rid"] == r["_id"] && m.GetValue("t", BsonNull.Value).IsBsonNull)));

        return Number(all[0]) == perDepartment.Sum(c => Number(c[0])) + withoutDepartment.Count &&
            Number(all[3]) == perDepartment.Sum(c => Number(c[3])) + messagesWithoutDepartment;
    });

    [Property(MaxTest = 60)]
    public Property Generated_requests_get_one_of_the_specified_answers() => Prop.ForAll(HistoryGens.Histories().ToArbitrary(), history =>
        OverviewRequests.For(history, new Random(history.Seed)).All(request =>
        {
            var answer = AnalyticsOverviewOracle.Answer(history.Final, request, new OracleSettings("Europe/Berlin"));
            using var json = JsonDocument.Parse(answer.Body);
            return answer.Status switch
            {
                200 => json.RootElement.ValueKind == JsonValueKind.Array
                    ? request.Endpoint == OverviewEndpoint.Overview && json.RootElement.GetArrayLength() is 7 or 3
                    : json.RootElement.GetProperty("success").GetBoolean(),
                400 or 401 => true,
                403 => request.UserId is "agent" or "monitor",
                _ => false,
            };
        }));
}
