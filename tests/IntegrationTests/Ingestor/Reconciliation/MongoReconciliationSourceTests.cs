using MongoDB.Bson;
using MongoDB.Driver;
using OmniCharts.Ingestor.Documents;
using OmniCharts.Ingestor.Sources.MongoDb.Reconciliation;
using OmniCharts.IntegrationTests.Infrastructure;
using static OmniCharts.IntegrationTests.Ingestor.ChangeStreams.ChangeEvents;

namespace OmniCharts.IntegrationTests.Ingestor.Reconciliation;

public sealed class MongoReconciliationSourceTests
{
    [MongoFact]
    public async Task The_projections_page_by_id_hold_only_omnichannel_rooms_and_fetch_whole_documents()
    {
        var client = new MongoClient(MongoFactAttribute.ConnectionString);
        var databaseName = "omnicharts-test-" + Guid.NewGuid().ToString("N");
        var database = client.GetDatabase(databaseName);
        try
        {
            var direct = Room("dm", 1500);
            direct["t"] = "d";
            await database.GetCollection<BsonDocument>(Rooms).InsertManyAsync([Room("c", 3000), Room("a", 1000), Room("b", 2000), direct]);
            await database.GetCollection<BsonDocument>(Messages).InsertManyAsync([Message("m1", "a", 1100), Message("m2", "a", 1200), Message("m3", "b", 2100)]);
            var source = new MongoReconciliationSource(database);
            var none = CancellationToken.None;

            var first = await source.PageAsync(RocketChatCollection.Rooms, "", 2, none);
            var rest = await source.PageAsync(RocketChatCollection.Rooms, "b", 10, none);
            var existing = await source.ExistingAsync(RocketChatCollection.Rooms, ["a", "dm", "gone"], none);
            var fetched = await source.FetchAsync(RocketChatCollection.Rooms, ["b"], none);
            var changed = await source.RoomsChangedSinceAsync(DateTimeOffset.FromUnixTimeMilliseconds(2000), none);
            var messages = await source.MessagesOfRoomAsync("a", none);

            Assert.Equal([new DocumentStamp("a", 1000), new DocumentStamp("b", 2000)], first);
            Assert.Equal([new DocumentStamp("c", 3000)], rest);
            Assert.Equal(["a"], existing);
            Assert.Equal("dep-a", Assert.Single(fetched)["departmentId"].AsString);
            Assert.Equal(["b", "c"], changed.Order(StringComparer.Ordinal));
            Assert.Equal([new DocumentStamp("m1", 1100), new DocumentStamp("m2", 1200)], messages.OrderBy(m => m.Id, StringComparer.Ordinal));
        }
        finally
        {
            await client.DropDatabaseAsync(databaseName);
        }
    }
}
