using FsCheck;
using FsCheck.Xunit;
using MongoDB.Bson;
using MongoDB.Bson.IO;
using OmniCharts.Contracts;
using OmniCharts.Ingestor.Documents;

namespace OmniCharts.UnitTests.Ingestor.Documents;

public class ExtendedJsonFormsTests
{
    [Fact]
    public void Canonical_export_of_a_room_maps_like_the_relaxed_one()
    {
        var relaxed = RocketChatFixtures.Event<RoomChanged>(RocketChatCollection.Rooms, "rocketchat_room.json", "7XkS2rQ9bLm4PzYwA");
        var canonical = RocketChatFixtures.Event<RoomChanged>(RocketChatCollection.Rooms, "rocketchat_room.canonical.json", "7XkS2rQ9bLm4PzYwA");

        Assert.Equal(relaxed, canonical);
    }

    [Property(MaxTest = 200)]
    public bool Any_room_maps_the_same_from_canonical_and_relaxed_json(PositiveInt createdSeconds, NormalFloat chatDuration, int firstResponse, long average, bool hasDepartment)
    {
        var room = new BsonDocument
        {
            { "_id", "r" },
            { "t", "l" },
            { "ts", new BsonDateTime(createdSeconds.Get * 1000L + 123) },
            { "_updatedAt", new BsonDateTime(createdSeconds.Get * 1000L + 456) },
            { "departmentId", hasDepartment ? "dep" : BsonNull.Value },
            { "metrics", new BsonDocument
                {
                    { "chatDuration", chatDuration.Get },
                    { "response", new BsonDocument { { "ft", firstResponse }, { "avg", average } } },
                } },
        };

        var relaxed = Map(room.ToJson(new JsonWriterSettings { OutputMode = JsonOutputMode.RelaxedExtendedJson }));
        var canonical = Map(room.ToJson(new JsonWriterSettings { OutputMode = JsonOutputMode.CanonicalExtendedJson }));

        return relaxed == canonical
            && relaxed.ChatDurationSeconds == chatDuration.Get
            && relaxed.FirstResponseSeconds == firstResponse
            && relaxed.AverageResponseSeconds == average
            && relaxed.CreatedAt.ToUnixTimeMilliseconds() == createdSeconds.Get * 1000L + 123;
    }

    private static RoomChanged Map(string line) =>
        (RoomChanged)RocketChatFixtures.MapLine(RocketChatCollection.Rooms, line).Event!;
}
