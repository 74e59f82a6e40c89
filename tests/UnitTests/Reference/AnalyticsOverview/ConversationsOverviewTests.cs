using MongoDB.Bson;
using static OmniCharts.UnitTests.Reference.AnalyticsOverview.OverviewDocs;
using static OmniCharts.UnitTests.Reference.RawDocs;

namespace OmniCharts.UnitTests.Reference.AnalyticsOverview;

public class ConversationsOverviewTests
{
    // 2026-03-02 is a Monday.
    private const string Monday = "2026-03-02";
    private const string Sunday = "2026-03-08";

    private static IReadOnlyList<string> Cards(IEnumerable<BsonDocument> rooms, string from = Monday, string to = Sunday,
        IEnumerable<BsonDocument>? messages = null, string zone = "UTC", params (string, string)[] more) =>
        Values(Answer(With(rooms, messages), Overview("Conversations", from, to, more), zone));

    [Fact]
    public void An_empty_range_answers_the_seven_cards_with_zeros_and_dashes()
    {
        var answer = Answer(With([Room("elsewhere", "2026-04-01T10:00:00Z")]), Overview("Conversations", Monday, Sunday));

        Assert.Equal(200, answer.Status);
        Assert.Equal(
            """[{"title":"Total_conversations","value":0},{"title":"Open_conversations","value":0},""" +
            """{"title":"On_Hold_conversations","value":0},{"title":"Total_messages","value":0},{"title":"Busiest_day","value":"-"},""" +
            """{"title":"Conversations_per_day","value":"0.00"},{"title":"Busiest_time","value":"-"}]""",
            answer.Body);
    }

    [Fact]
    public void Three_rooms_over_seven_days_are_0_43_a_day()
    {
        var cards = Cards([Room("a", $"{Monday}T09:00:00Z"), Room("b", "2026-03-04T09:00:00Z"), Room("c", $"{Sunday}T23:59:59.999Z")]);

        Assert.Equal("3", cards[0]);
        Assert.Equal("\"0.43\"", cards[5]);
    }

    [Fact]
    public void A_range_with_a_dst_fall_back_day_counts_one_day_more()
    {
        // New York falls back on Sunday 2026-11-01: the seven local days last 7 days and 1 hour, so days = 8.
        var rooms = Enumerable.Range(0, 7).Select(i => Room($"r{i}", $"{new DateOnly(2026, 10, 26).AddDays(i):yyyy-MM-dd}T16:00:00Z"));

        Assert.Equal("\"0.88\"", Cards(rooms, "2026-10-26", "2026-11-01", zone: "America/New_York")[5]);
    }

    [Fact]
    public void A_range_with_a_dst_spring_forward_day_counts_its_days()
    {
        // New York springs forward on Sunday 2026-03-08: 6 days and 23 hours still truncate to 6, so days = 7.
        var rooms = Enumerable.Range(0, 7).Select(i => Room($"r{i}", $"2026-03-0{2 + i}T16:00:00Z"));

        Assert.Equal("\"1.00\"", Cards(rooms, Monday, Sunday, zone: "America/New_York")[5]);
    }

    [Theory]
    [InlineData("2026-03-01", "0.00")] // one day back: days = 1
    [InlineData("2026-02-28", "NaN")] // two days back: 0 / 0
    [InlineData("2026-02-27", "0.00")] // three days back: 0 / -1 is -0
    public void A_reversed_range_holds_no_room_and_divides_by_its_days(string to, string perDay)
    {
        var cards = Cards([Room("a", $"{Monday}T00:00:00Z"), Room("b", "2026-03-01T12:00:00Z")], from: Monday, to: to);

        Assert.Equal(["0", "0", "0", "0", "\"-\"", $"\"{perDay}\"", "\"-\""], cards);
    }

    [Fact]
    public void Open_conversations_need_a_metrics_object_and_no_truthy_chat_duration_or_on_hold()
    {
        var at = $"{Monday}T10:00:00Z";
        BsonDocument[] rooms =
        [
            Room("open", at).Set("metrics", new BsonDocument()),
            Room("zero-duration", at).Metric("chatDuration", 0),
            Room("null-duration", at).Metric("chatDuration", BsonNull.Value),
            Room("flag-ignored", at).Set("open", false).Set("metrics", new BsonDocument()),
            Room("closed", at).Metric("chatDuration", 12.5),
            Room("no-metrics", at),
            Room("held", at).Set("metrics", new BsonDocument()).Set("onHold", true),
            Room("held-as-text", at).Set("metrics", new BsonDocument()).Set("onHold", "yes"),
            Room("not-held", at).Set("metrics", new BsonDocument()).Set("onHold", false),
        ];

        var cards = Cards(rooms);

        Assert.Equal("9", cards[0]);
        Assert.Equal("5", cards[1]);
    }

    [Fact]
    public void On_hold_rooms_need_on_hold_true_and_leave_out_the_last_millisecond()
    {
        BsonDocument[] rooms =
        [
            Room("first-ms", $"{Monday}T00:00:00Z").Set("onHold", true),
            Room("last-ms", $"{Sunday}T23:59:59.999Z").Set("onHold", true),
            Room("before-last", $"{Sunday}T23:59:59.998Z").Set("onHold", true),
            Room("text", $"{Monday}T10:00:00Z").Set("onHold", "true"),
            Room("other-department", $"{Monday}T10:00:00Z", "support").Set("onHold", true),
            Room("not-livechat", $"{Monday}T10:00:00Z", type: "c").Set("onHold", true),
        ];

        var all = Cards(rooms);
        var sales = Cards(rooms.Take(4).Select(r => r.Set("departmentId", "sales")).Concat(rooms.Skip(4)), more: [("departmentId", "sales")]);

        Assert.Equal(("5", "3"), (all[0], all[2]));
        Assert.Equal(("4", "2"), (sales[0], sales[2]));
    }

    [Fact]
    public void Total_messages_counts_visitor_messages_and_hidden_copies_but_not_system_messages()
    {
        BsonDocument[] messages =
        [
            Message("m1", "busy"), Visitor("v1", "busy"), Hidden("h1", "busy"),
            Message("m2", "busy").Set("t", BsonNull.Value), SystemMessage("s1", "busy"), SystemMessage("s2", "quiet"), Visitor("v2", "elsewhere"),
        ];

        var cards = Cards([Room("busy", $"{Monday}T10:00:00Z"), Room("quiet", $"{Monday}T11:00:00Z")], messages: messages);

        // busy: 4 untyped messages; quiet: only a system message, so max(1, 0).
        Assert.Equal("5", cards[3]);
    }

    [Theory]
    [InlineData(null, "4")]
    [InlineData("", "4")]
    [InlineData("undefined", "4")]
    [InlineData("sales", "2")]
    [InlineData("nobody", "0")]
    public void The_department_filter_matches_the_current_department(string? department, string total)
    {
        BsonDocument[] rooms =
        [
            Room("a", $"{Monday}T01:00:00Z", "sales"), Room("b", $"{Monday}T02:00:00Z", "sales"),
            Room("c", $"{Monday}T03:00:00Z", "support"), Room("d", $"{Monday}T04:00:00Z"), Room("e", $"{Monday}T05:00:00Z", type: "d"),
        ];
        (string, string)[] more = department is null ? [] : [("departmentId", department)];

        Assert.Equal(total, Cards(rooms, more: more)[0]);
    }

    [Fact]
    public void A_user_reporting_zone_moves_rooms_to_the_callers_local_day()
    {
        var settings = new[] { Setting("Default_Timezone_For_Reporting", "user") };
        var data = With([Room("r", "2026-03-01T22:00:00Z")], settings: settings, managerOffset: 3);

        var cards = Values(Answer(data, Overview("Conversations", Monday, Monday)));

        Assert.Equal(["1", "\"Monday\"", "\"1AM - 2AM\""], [cards[0], cards[4], cards[6]]);
    }
}
