using MongoDB.Bson;
using static OmniCharts.UnitTests.Reference.AnalyticsOverview.OverviewDocs;
using static OmniCharts.UnitTests.Reference.RawDocs;

namespace OmniCharts.UnitTests.Reference.AnalyticsOverview;

public class AgentOverviewOracleTests
{
    private const string Day = "2026-03-02";

    private static int roomCount;

    private static BsonDocument At(string time = "10:00:00") => Room($"r{Interlocked.Increment(ref roomCount)}", $"{Day}T{time}Z");

    private static IReadOnlyList<(string, string)> Table(string name, IEnumerable<BsonDocument> rooms, IEnumerable<BsonDocument>? messages = null) =>
        Rows(Answer(With(rooms, messages), Agents(name, Day, Day)));

    [Fact]
    public void Shares_of_conversations_are_percentages_of_the_served_rooms_in_descending_order()
    {
        var data = With([
            .. Enumerable.Range(0, 2).Select(_ => At().Served("alice")),
            .. Enumerable.Range(0, 5).Select(_ => At().Served("bob")),
            At(), At().Responded("carol"),
        ]);

        var answer = Answer(data, Agents("Total_conversations", Day, Day));

        Assert.Equal(
            """{"head":[{"name":"Agent"},{"name":"%_of_conversations"}],"data":[{"name":"bob","value":"71.43%"},""" +
            """{"name":"alice","value":"28.57%"}],"success":true}""",
            answer.Body);
    }

    [Fact]
    public void Equal_values_are_ordered_by_username_ordinal() =>
        Assert.Equal([("bea", "\"50.00%\""), ("Zed", "\"25.00%\""), ("amy", "\"25.00%\"")],
            Table("Total_conversations", [At().Served("amy"), At().Served("bea"), At().Served("bea"), At().Served("Zed")]));

    [Fact]
    public void Total_messages_are_numbers_without_visitor_or_system_messages()
    {
        var alice = At().Served("alice");
        var bob = At().Served("bob");
        var quiet = At().Served("bob");
        BsonDocument[] messages =
        [
            Message("m1", alice["_id"].AsString), Hidden("h1", alice["_id"].AsString), Visitor("v1", alice["_id"].AsString),
            SystemMessage("s1", alice["_id"].AsString), Message("m2", bob["_id"].AsString), Visitor("v2", quiet["_id"].AsString),
        ];

        // alice: 2 counted; bob: 1, plus 1 for the room whose only message is a visitor's.
        Assert.Equal([("alice", "2"), ("bob", "2")], Table("Total_messages", [bob, alice, quiet, At()], messages));
    }

    [Fact]
    public void Descending_durations_compare_their_hours_only()
    {
        BsonDocument[] rooms =
        [
            At().Served("alice").Metric("chatDuration", 1), At().Served("bob").Metric("chatDuration", 3599),
            At().Served("carol").Metric("chatDuration", 3600), At().Served("dave").Metric("chatDuration", 0), At().Served("erin"),
        ];

        // 00:59:59 and 00:00:01 both read 0 hours: they tie, so alice comes before bob; dave and erin have no duration.
        Assert.Equal([("carol", "\"01:00:00\""), ("alice", "\"00:00:01\""), ("bob", "\"00:59:59\"")], Table("Avg_chat_duration", rooms));
    }

    [Fact]
    public void Ascending_durations_compare_their_hours_only()
    {
        BsonDocument[] rooms =
        [
            At().Served("zoe").Metric("response.avg", 3600), At().Served("xia").Metric("response.avg", 3599),
            At().Served("yan").Metric("response.avg", 2), At().Served("yan").Metric("response.avg", 4),
        ];

        // xia's 00:59:59 and yan's 00:00:03 both read 0 hours: the username decides.
        Assert.Equal([("xia", "\"00:59:59\""), ("yan", "\"00:00:03\""), ("zoe", "\"01:00:00\"")], Table("Avg_response_time", rooms));
    }

    [Fact]
    public void First_response_times_belong_to_the_agent_who_answered_first_even_after_a_transfer()
    {
        BsonDocument[] rooms =
        [
            At().Served("bob").Responded("alice").Metric("response.ft", 30),
            At().Served("alice").Responded("alice").Metric("response.ft", 10),
            At().Served("alice").Responded("alice").Metric("response.ft", 0),
            At().Served("bob").Metric("response.ft", 5),
        ];

        Assert.Equal([("alice", "\"00:00:20\"")], Table("Avg_first_response_time", rooms));
        Assert.Equal([("alice", "\"00:00:10\"")], Table("Best_first_response_time", rooms));
    }

    [Fact]
    public void Reaction_times_need_a_positive_value_and_group_by_the_serving_agent()
    {
        BsonDocument[] rooms =
        [
            At().Served("bob").Responded("alice").Metric("reaction.ft", 90.5),
            At().Served("bob").Metric("reaction.ft", BsonNull.Value),
            At().Served("carol").Metric("reaction.ft", -3),
            At().Metric("reaction.ft", 7),
        ];

        Assert.Equal([("bob", "\"00:01:31\"")], Table("Avg_reaction_time", rooms));
    }

    [Theory]
    [InlineData("Total_conversations", "%_of_conversations")]
    [InlineData("Avg_chat_duration", "Avg_chat_duration")]
    [InlineData("Total_messages", "Total_messages")]
    [InlineData("Avg_first_response_time", "Avg_first_response_time")]
    [InlineData("Best_first_response_time", "Best_first_response_time")]
    [InlineData("Avg_response_time", "Avg_response_time")]
    [InlineData("Avg_reaction_time", "Avg_reaction_time")]
    public void No_room_answers_the_head_and_empty_data(string name, string column)
    {
        var answer = Answer(With([Room("tomorrow", "2026-03-03T00:00:00Z").Served("alice")]), Agents(name, Day, Day));

        Assert.Equal($$"""{"head":[{"name":"Agent"},{"name":"{{column}}"}],"data":[],"success":true}""", answer.Body);
    }

    [Fact]
    public void The_department_filter_applies_to_the_agents_table()
    {
        var data = With([
            At().Served("alice").Set("departmentId", "sales"), At().Served("bob").Set("departmentId", "support"),
            At().Served("bob"),
        ]);

        Assert.Equal([("alice", "\"100.00%\"")], Rows(Answer(data, Agents("Total_conversations", Day, Day, ("departmentId", "sales")))));
        Assert.Equal([("bob", "\"66.67%\""), ("alice", "\"33.33%\"")], Rows(Answer(data, Agents("Total_conversations", Day, Day, ("departmentId", "undefined")))));
    }
}
