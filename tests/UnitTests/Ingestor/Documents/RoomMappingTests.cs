using OmniCharts.Contracts;
using OmniCharts.Ingestor.Documents;

namespace OmniCharts.UnitTests.Ingestor.Documents;

public class RoomMappingTests
{
    private const string Rooms = "rocketchat_room.json";

    private static RoomChanged Room(string id) => RocketChatFixtures.Event<RoomChanged>(RocketChatCollection.Rooms, Rooms, id);

    [Fact]
    public void Closed_livechat_room_carries_identity_version_time_department_and_metrics()
    {
        var room = Room("7XkS2rQ9bLm4PzYwA");

        Assert.Equal(new RoomChanged(
            "7XkS2rQ9bLm4PzYwA",
            DateTimeOffset.Parse("2026-03-04T10:21:38.140Z").ToUnixTimeMilliseconds(),
            "l",
            DateTimeOffset.Parse("2026-03-04T10:15:02.481Z"),
            "KqW3nYd8ZsF2hJpLm",
            ChatDurationSeconds: 395.633,
            FirstResponseSeconds: 9.437,
            AverageResponseSeconds: 12.5,
            FirstReactionSeconds: 8.51,
            OnHold: false,
            ServedByUsername: "maria.agent",
            ResponseByUsername: "maria.agent",
            HasMetrics: true,
            HasResponseMetrics: true,
            HasReactionMetrics: true,
            HasAverageResponse: true,
            HasFirstResponse: true,
            HasFirstReaction: true), room);
    }

    [Fact]
    public void Open_room_without_metrics_and_agent_says_so()
    {
        var room = Room("Hn4rT8wQz2XcV6bNm");

        Assert.Equal((false, null, null, false, false, false, false), (room.OnHold, room.ServedByUsername, room.ResponseByUsername,
            room.HasMetrics, room.HasResponseMetrics, room.HasReactionMetrics, room.HasAverageResponse));
    }

    [Fact]
    public void Held_room_with_a_null_and_a_missing_metric_keeps_the_difference()
    {
        var room = RocketChatFixtures.MapLine(RocketChatCollection.Rooms, """
            {"_id":"h1","t":"l","ts":{"$date":"2026-03-05T08:00:00Z"},"onHold":true,"servedBy":{"_id":"u1","username":"ana"},
             "responseBy":{"_id":"u2"},"metrics":{"response":{"avg":null},"reaction":{}}}
            """).Event as RoomChanged;

        Assert.NotNull(room);
        Assert.Equal((true, "ana", null), (room.OnHold, room.ServedByUsername, room.ResponseByUsername));
        Assert.Equal((true, true, true), (room.HasMetrics, room.HasResponseMetrics, room.HasReactionMetrics));
        Assert.Equal((true, false, false), (room.HasAverageResponse, room.HasFirstResponse, room.HasFirstReaction));
        Assert.Null(room.AverageResponseSeconds);
    }

    [Fact]
    public void Only_a_true_onHold_holds_and_an_agent_is_only_a_string_username()
    {
        var room = RocketChatFixtures.MapLine(RocketChatCollection.Rooms, """
            {"_id":"h2","t":"l","ts":{"$date":"2026-03-05T08:00:00Z"},"onHold":1,"servedBy":"ana","responseBy":{"username":7}}
            """).Event as RoomChanged;

        Assert.NotNull(room);
        Assert.Equal((false, null, null, false), (room.OnHold, room.ServedByUsername, room.ResponseByUsername, room.HasMetrics));
    }

    [Fact]
    public void Open_room_without_metrics_has_null_metrics()
    {
        var room = Room("Hn4rT8wQz2XcV6bNm");

        Assert.Equal(DateTimeOffset.Parse("2026-03-05T08:00:00.250Z"), room.CreatedAt);
        Assert.Null(room.ChatDurationSeconds);
        Assert.Null(room.FirstResponseSeconds);
        Assert.Null(room.AverageResponseSeconds);
        Assert.Null(room.FirstReactionSeconds);
    }

    [Fact]
    public void Null_department_maps_to_no_department_and_integer_metrics_become_doubles()
    {
        var room = Room("Zp9LmK3jH7gF5dS2a");

        Assert.Null(room.DepartmentId);
        Assert.Equal(60d, room.ChatDurationSeconds);
        Assert.Equal(4d, room.FirstResponseSeconds);
        Assert.Equal(3d, room.FirstReactionSeconds);
    }

    [Fact]
    public void Direct_message_room_is_published_as_not_omnichannel_with_nothing_but_its_id_version_and_type()
    {
        var outcome = RocketChatFixtures.Map(RocketChatCollection.Rooms, Rooms, "agtMariaR7pQ2kL9dvstr8Hq2LmN4xPz7K");

        Assert.Equal(OutcomeKind.Publish, outcome.Kind);
        var room = Assert.IsType<RoomChanged>(outcome.Event);
        Assert.Equal(("d", DateTimeOffset.UnixEpoch, (string?)null), (room.RoomType, room.CreatedAt, room.DepartmentId));
        Assert.True(room.SourceVersion > 0);
    }

    [Theory]
    [InlineData("""{"_id":"c","t":"c","ts":"not a date","metrics":"odd","_updatedAt":{"$date":"2026-01-01T00:00:00Z"}}""", "c")]
    [InlineData("""{"_id":"nt","_updatedAt":{"$date":"2026-01-01T00:00:00Z"}}""", null)]
    public void A_team_room_is_never_rejected_for_fields_the_charts_do_not_read(string line, string? type)
    {
        var outcome = RocketChatFixtures.MapLine(RocketChatCollection.Rooms, line);

        Assert.Equal(OutcomeKind.Publish, outcome.Kind);
        Assert.Equal(type, Assert.IsType<RoomChanged>(outcome.Event).RoomType);
    }

    [Theory]
    [InlineData("""{"_id":"r","t":"l","ts":{"$date":"2026-01-01T00:00:00Z"}}""")]
    [InlineData("""{"_id":"r","t":"l","ts":{"$date":"2026-01-01T00:00:00Z"},"_updatedAt":null}""")]
    public void A_room_without_updated_at_is_the_oldest_version_not_rejected(string line)
    {
        var outcome = RocketChatFixtures.MapLine(RocketChatCollection.Rooms, line);

        Assert.Equal(OutcomeKind.Publish, outcome.Kind);
        Assert.True(outcome.Unversioned);
        Assert.Equal(0, Assert.IsType<RoomChanged>(outcome.Event).SourceVersion);
    }

    [Theory]
    [InlineData("""{"t":"l","ts":{"$date":"2026-01-01T00:00:00Z"},"_updatedAt":{"$date":"2026-01-01T00:00:00Z"}}""", "missing _id")]
    [InlineData("""{"_id":"r","t":"l","ts":{"$date":"2026-01-01T00:00:00Z"},"_updatedAt":{"$date":"1969-12-31T23:59:59Z"}}""", "_updatedAt must be after 1970-01-01T00:00:00Z, found -1000 ms")]
    [InlineData("""{"_id":"r","t":"l","ts":{"$date":"2026-01-01T00:00:00Z"},"_updatedAt":"2026-01-01"}""", "_updatedAt must be a date, found String")]
    [InlineData("""{"_id":"r","t":"l","_updatedAt":{"$date":"2026-01-01T00:00:00Z"}}""", "missing ts")]
    [InlineData("""{"_id":7,"t":"l","ts":{"$date":"2026-01-01T00:00:00Z"},"_updatedAt":{"$date":"2026-01-01T00:00:00Z"}}""", "_id must be a string, found Int32")]
    [InlineData("""{"_id":"r","t":"l","ts":{"$date":"2026-01-01T00:00:00Z"},"_updatedAt":{"$date":"2026-01-01T00:00:00Z"},"departmentId":5}""", "departmentId must be a string, found Int32")]
    [InlineData("""{"_id":"r","t":"l","ts":{"$date":"2026-01-01T00:00:00Z"},"_updatedAt":{"$date":"2026-01-01T00:00:00Z"},"metrics":{"response":{"ft":"9"}}}""", "metrics.response.ft must be a number, found String")]
    [InlineData("""{"_id":"r","t":"l","ts":{"$date":"2026-01-01T00:00:00Z"},"_updatedAt":{"$date":"2026-01-01T00:00:00Z"},"metrics":{"response":7}}""", "metrics.response must be a document, found Int32")]
    [InlineData("""{"_id":"r","t":"l","ts":{"$date":"2026-01-01T00:00:00Z"},"_updatedAt":{"$date":"2026-01-01T00:00:00Z"},"metrics":{"chatDuration":{"$numberDouble":"NaN"}}}""", "metrics.chatDuration must be a finite number, found NaN")]
    public void Invalid_room_is_rejected_with_a_reason_naming_the_field(string line, string reason)
    {
        var outcome = RocketChatFixtures.MapLine(RocketChatCollection.Rooms, line);

        Assert.Equal(OutcomeKind.Reject, outcome.Kind);
        Assert.Equal(reason, outcome.Reason);
    }
}
