using MongoDB.Bson;
using MongoDB.Driver;
using OmniCharts.Ingestor.Webhooks;
using OmniCharts.IntegrationTests.Infrastructure;
using OmniCharts.IntegrationTests.Ingestor.Service;

namespace OmniCharts.IntegrationTests.Ingestor.Webhooks;

public sealed class MongoRoomSourceTests
{
    [MongoFact]
    public async Task A_hinted_room_is_read_with_all_its_messages_and_only_if_it_is_an_Omnichannel_room()
    {
        var client = new MongoClient(MongoFactAttribute.ConnectionString);
        var databaseName = "omnicharts-test-" + Guid.NewGuid().ToString("N");
        var database = client.GetDatabase(databaseName);
        try
        {
            var (other, otherMessages) = RocketChatRoom.Renamed("otherRoom3");
            var direct = RocketChatRoom.Renamed("directRoom").Room;
            direct["t"] = "d";
            await database.GetCollection<BsonDocument>("rocketchat_room").InsertManyAsync([RocketChatRoom.Room, other, direct]);
            await database.GetCollection<BsonDocument>("rocketchat_message").InsertManyAsync([.. RocketChatRoom.Messages, .. otherMessages]);
            var source = new MongoRoomSource(database);

            var room = await source.FindRoomAsync(RocketChatRoom.Id, CancellationToken.None);
            var messages = await source.MessagesAsync(RocketChatRoom.Id, CancellationToken.None).ToListAsync();

            Assert.Equal(RocketChatRoom.Room, room);
            Assert.Equal(RocketChatRoom.Messages.Select(m => m["_id"].AsString).Order(), messages.Select(m => m["_id"].AsString).Order());
            Assert.Null(await source.FindRoomAsync("directRoom", CancellationToken.None));
            Assert.Null(await source.FindRoomAsync("noSuchRoom", CancellationToken.None));
        }
        finally
        {
            await client.DropDatabaseAsync(databaseName);
        }
    }
}
