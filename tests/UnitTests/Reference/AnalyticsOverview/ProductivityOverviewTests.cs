using MongoDB.Bson;
using static OmniCharts.UnitTests.Reference.AnalyticsOverview.OverviewDocs;
using static OmniCharts.UnitTests.Reference.RawDocs;

namespace OmniCharts.UnitTests.Reference.AnalyticsOverview;

public class ProductivityOverviewTests
{
    private const string Day = "2026-03-02";

    private static IReadOnlyList<string> Cards(params BsonDocument[] rooms) =>
        Values(Answer(With(rooms), Overview("Productivity", Day, Day)));

    private static BsonDocument At(string id, string time = "10:00:00") => Room(id, $"{Day}T{time}Z");

    [Fact]
    public void No_room_answers_three_zero_durations()
    {
        var answer = Answer(With([At("unmeasured")]), Overview("Productivity", Day, Day));

        Assert.Equal(
            """[{"title":"Avg_response_time","value":"00:00:00"},{"title":"Avg_first_response_time","value":"00:00:00"},""" +
            """{"title":"Avg_reaction_time","value":"00:00:00"}]""",
            answer.Body);
    }

    [Fact]
    public void Zeros_count_in_every_mean()
    {
        var cards = Cards(At("a").Productive(avg: 10, ft: 20, reactionFt: 30), At("b").Productive(avg: 0, ft: 0, reactionFt: 0));

        Assert.Equal(["\"00:00:05\"", "\"00:00:10\"", "\"00:00:15\""], cards);
    }

    [Fact]
    public void A_null_field_adds_zero_and_a_missing_field_makes_its_mean_NaN()
    {
        var cards = Cards(
            At("a").Productive(avg: 10, ft: 20, reactionFt: 30),
            At("b").Metric("response.avg", BsonNull.Value).Metric("response.ft", 40).Metric("reaction", new BsonDocument()));

        Assert.Equal(["\"00:00:05\"", "\"00:00:30\"", "\"NaN:NaN:NaN\""], cards);
    }

    [Fact]
    public void Rooms_without_both_response_and_reaction_objects_are_left_out()
    {
        var cards = Cards(
            At("a").Productive(avg: 10, ft: 20, reactionFt: 30),
            At("no-reaction").Metric("response.avg", 1000).Metric("response.ft", 1000),
            At("null-reaction").Metric("response.avg", 1000).Metric("response.ft", 1000).Metric("reaction", BsonNull.Value),
            At("no-response").Metric("reaction.ft", 1000));

        Assert.Equal(["\"00:00:10\"", "\"00:00:20\"", "\"00:00:30\""], cards);
    }

    [Fact]
    public void Means_divide_exact_milliseconds_and_print_through_their_two_digit_text()
    {
        // (1 + 1 + 2) / 3 = 1.333… s; 59.995 s is stored below the half, prints 59.99 and then reads 60 seconds;
        // 3725.5 s is 1 h 2 min 5.5 s, whose half rounds up.
        var cards = Cards(
            At("a").Productive(avg: 1, ft: 59.995, reactionFt: 3725.5),
            At("b").Productive(avg: 1, ft: 59.995, reactionFt: 3725.5),
            At("c").Productive(avg: 2, ft: 59.995, reactionFt: 3725.5));

        Assert.Equal(["\"00:00:01\"", "\"00:00:60\"", "\"01:02:06\""], cards);
    }

    [Fact]
    public void Hours_are_not_capped() =>
        Assert.Equal("\"100:00:00\"", Cards(At("a").Productive(avg: 360_000, ft: 1, reactionFt: 1))[0]);

    [Fact]
    public void The_range_and_department_choose_the_rooms()
    {
        var data = With([
            At("in", "23:59:59.999").Productive(avg: 4, ft: 4, reactionFt: 4).Set("departmentId", "sales"),
            Room("next-day", "2026-03-03T00:00:00Z").Productive(avg: 100, ft: 100, reactionFt: 100).Set("departmentId", "sales"),
            At("other").Productive(avg: 8, ft: 8, reactionFt: 8).Set("departmentId", "support"),
        ]);

        Assert.Equal("\"00:00:06\"", Values(Answer(data, Overview("Productivity", Day, Day)))[0]);
        Assert.Equal("\"00:00:04\"", Values(Answer(data, Overview("Productivity", Day, Day, ("departmentId", "sales"))))[0]);
    }
}
