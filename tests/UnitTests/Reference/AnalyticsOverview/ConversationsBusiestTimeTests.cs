using MongoDB.Bson;
using static OmniCharts.UnitTests.Reference.AnalyticsOverview.OverviewDocs;
using static OmniCharts.UnitTests.Reference.RawDocs;

namespace OmniCharts.UnitTests.Reference.AnalyticsOverview;

public class ConversationsBusiestTimeTests
{
    // 2026-03-02 is a Monday.
    private const string Monday = "2026-03-02";
    private const string Sunday = "2026-03-08";

    private static IReadOnlyList<string> Cards(IEnumerable<BsonDocument> rooms, string from = Monday, string to = Sunday,
        IEnumerable<BsonDocument>? messages = null, string zone = "UTC", params (string, string)[] more) =>
        Values(Answer(With(rooms, messages), Overview("Conversations", from, to, more), zone));

    [Fact]
    public void The_busiest_day_is_the_day_with_most_messages_and_the_busiest_time_an_hour_of_that_day()
    {
        BsonDocument[] rooms =
        [
            Room("tue", "2026-03-03T15:00:00Z"), Room("mon-10", $"{Monday}T10:00:00Z"), Room("mon-11", $"{Monday}T11:30:00Z"),
        ];
        // Tuesday's one room has 5 messages, Monday's two rooms 3 each: Monday wins 6 to 5, then 10AM and 11AM tie at 3.
        var messages = Enumerable.Range(0, 5).Select(i => Message($"t{i}", "tue"))
            .Concat(Enumerable.Range(0, 3).SelectMany(i => new[] { Message($"a{i}", "mon-10"), Message($"b{i}", "mon-11") }));

        var cards = Cards(rooms, messages: messages);

        Assert.Equal(["3", "0", "0", "11", "\"Monday\"", "\"0.43\"", "\"10AM - 11AM\""], cards);
    }

    [Fact]
    public void On_a_tie_the_earliest_day_wins_whatever_the_document_order()
    {
        var cards = Cards([Room("sat", "2026-03-07T08:00:00Z"), Room("wed", "2026-03-04T20:00:00Z")]);

        Assert.Equal(("\"Wednesday\"", "\"8PM - 9PM\""), (cards[4], cards[6]));
    }

    [Theory]
    [InlineData("00:00:00", "12AM - 1AM")]
    [InlineData("11:59:59.999", "11AM - 12PM")]
    [InlineData("12:00:00", "12PM - 1PM")]
    [InlineData("23:59:59.999", "11PM - 12AM")]
    public void Busiest_time_is_written_with_twelve_hour_labels(string time, string label) =>
        Assert.Equal($"\"{label}\"", Cards([Room("r", $"{Monday}T{time}Z")])[6]);

    [Theory]
    [InlineData("Asia/Kolkata", "2026-05-09T18:30:00Z", "Sunday", "12AM - 1AM")]
    [InlineData("Asia/Kolkata", "2026-05-10T04:29:59.999Z", "Sunday", "9AM - 10AM")]
    [InlineData("Asia/Kathmandu", "2026-05-10T04:14:59.999Z", "Sunday", "9AM - 10AM")]
    [InlineData("Asia/Kathmandu", "2026-05-10T04:15:00Z", "Sunday", "10AM - 11AM")]
    [InlineData("Asia/Kathmandu", "2026-05-10T18:14:59.999Z", "Sunday", "11PM - 12AM")]
    public void Days_and_hours_are_local_even_in_half_and_quarter_hour_zones(string zone, string ts, string day, string time)
    {
        var cards = Cards([Room("r", ts)], "2026-05-10", "2026-05-10", zone: zone);

        Assert.Equal(["1", $"\"{day}\"", $"\"{time}\""], [cards[0], cards[4], cards[6]]);
    }

    [Theory]
    [InlineData("Asia/Kolkata", "2026-05-09T18:29:59.999Z")]
    [InlineData("Asia/Kathmandu", "2026-05-10T18:15:00Z")]
    public void Rooms_outside_the_local_day_are_left_out(string zone, string ts) =>
        Assert.Equal("0", Cards([Room("r", ts)], "2026-05-10", "2026-05-10", zone: zone)[0]);

    [Fact]
    public void A_room_created_in_the_last_millisecond_of_the_range_counts()
    {
        var cards = Cards([Room("last", $"{Sunday}T23:59:59.999Z"), Room("after", "2026-03-09T00:00:00Z")]);

        Assert.Equal(["1", "\"Sunday\"", "\"11PM - 12AM\""], [cards[0], cards[4], cards[6]]);
    }
}
