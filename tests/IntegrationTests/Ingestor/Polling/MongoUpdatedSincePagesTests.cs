using MongoDB.Bson;
using MongoDB.Driver;
using OmniCharts.Ingestor.Documents;
using OmniCharts.Ingestor.Sources.MongoDb.Polling;
using OmniCharts.IntegrationTests.Infrastructure;

namespace OmniCharts.IntegrationTests.Ingestor.Polling;

public sealed class MongoUpdatedSincePagesTests
{
    [MongoFact]
    public async Task Pages_follow_updated_at_then_id_and_hold_only_omnichannel_rooms()
    {
        var client = new MongoClient(MongoFactAttribute.ConnectionString);
        var databaseName = "omnicharts-test-" + Guid.NewGuid().ToString("N");
        var database = client.GetDatabase(databaseName);
        try
        {
            await database.GetCollection<BsonDocument>("rocketchat_room").InsertManyAsync(
            [
                Room("b", 2000), Room("a", 2000), Room("c", 1000), Room("dm", 1500, type: "d"), Room("d", 3000),
            ]);
            var pages = new MongoUpdatedSincePages(database);

            var first = await pages.ReadAsync(RocketChatCollection.Rooms, null, 2, CancellationToken.None);
            var next = await pages.ReadAsync(RocketChatCollection.Rooms, new PollPosition(2000, "a"), 10, CancellationToken.None);

            Assert.Equal(["c", "a"], first.Select(d => d["_id"].AsString));
            Assert.Equal(["b", "d"], next.Select(d => d["_id"].AsString));
        }
        finally
        {
            await client.DropDatabaseAsync(databaseName);
        }
    }

    private static BsonDocument Room(string id, long updatedAt, string type = "l") => new()
    {
        ["_id"] = id,
        ["t"] = type,
        ["ts"] = new BsonDateTime(1_767_225_600_000),
        ["_updatedAt"] = new BsonDateTime(updatedAt),
    };
}
