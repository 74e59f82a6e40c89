using MongoDB.Bson;
using MongoDB.Driver;
using OmniCharts.Ingestor.Documents;
using OmniCharts.Ingestor.Sources.MongoDb.Backfill;
using OmniCharts.IntegrationTests.Infrastructure;

namespace OmniCharts.IntegrationTests.Ingestor.Backfill;

/// <summary>The driver adapter's queries on a real MongoDB, where <c>ConnectionStrings__mongodb</c> names one.</summary>
public sealed class MongoBackfillSourceTests
{
    private static readonly DateTime Since = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [MongoFact]
    public async Task Pages_follow_id_order_and_hold_only_omnichannel_rooms_since_the_date()
    {
        await WithDatabaseAsync(async (database, source) =>
        {
            await database.GetCollection<BsonDocument>("rocketchat_room").InsertManyAsync(
            [
                Room("d", Since), Room("b", Since.AddDays(1)), Room("a", Since.AddDays(-1)), Room("dm", Since, type: "d"), Room("c", Since.AddHours(1)),
            ]);
            var since = new BackfillFilter(new DateTimeOffset(Since));

            var first = await source.ReadPageAsync(RocketChatCollection.Rooms, since, null, 2, CancellationToken.None);
            var next = await source.ReadPageAsync(RocketChatCollection.Rooms, since, "c", 10, CancellationToken.None);
            var all = await source.ReadPageAsync(RocketChatCollection.Rooms, BackfillFilter.All, null, 10, CancellationToken.None);

            Assert.Equal(["b", "c"], first.Select(d => d["_id"].AsString));
            Assert.Equal(["d"], next.Select(d => d["_id"].AsString));
            Assert.Equal(["a", "b", "c", "d"], all.Select(d => d["_id"].AsString));
            Assert.Equal(1, await source.CountAsync(RocketChatCollection.Rooms, since, "c", CancellationToken.None));
            Assert.Equal(["_id", "_updatedAt", "msgs", "t", "ts"], first[0].Names.Order(StringComparer.Ordinal));
        });
    }

    [MongoFact]
    public async Task Messages_of_the_given_rooms_come_with_only_the_fields_the_mapper_reads()
    {
        await WithDatabaseAsync(async (database, source) =>
        {
            await database.GetCollection<BsonDocument>("rocketchat_message").InsertManyAsync(
                [Message("m1", "r1"), Message("m2", "r2"), Message("m3", "other")]);
            await database.GetCollection<BsonDocument>("users").InsertOneAsync(new BsonDocument
            {
                ["_id"] = "u1", ["_updatedAt"] = new BsonDateTime(Since), ["roles"] = new BsonArray { "admin" },
                ["services"] = new BsonDocument
                {
                    ["password"] = new BsonDocument("bcrypt", "secret"),
                    ["resume"] = new BsonDocument("loginTokens", new BsonArray { new BsonDocument { ["hashedToken"] = "h", ["when"] = new BsonDateTime(Since) } }),
                },
            });

            var messages = new List<BsonDocument>();
            await foreach (var message in source.ReadMessagesAsync(["r1", "r2"], CancellationToken.None))
                messages.Add(message);
            var user = Assert.Single(await source.ReadPageAsync(RocketChatCollection.Users, BackfillFilter.All, null, 10, CancellationToken.None));

            Assert.Equal(["m1", "m2"], messages.Select(m => m["_id"].AsString).Order());
            Assert.DoesNotContain("msg", messages[0].Names);
            Assert.Equal("{ \"resume\" : { \"loginTokens\" : [{ \"hashedToken\" : \"h\" }] } }", user["services"].ToJson());
            Assert.Equal(1, await source.CountAsync(RocketChatCollection.Users, BackfillFilter.All, null, CancellationToken.None));
        });
    }

    private static async Task WithDatabaseAsync(Func<IMongoDatabase, MongoBackfillSource, Task> test)
    {
        var client = new MongoClient(MongoFactAttribute.ConnectionString);
        var name = "omnicharts-test-" + Guid.NewGuid().ToString("N");
        try
        {
            var database = client.GetDatabase(name);
            await test(database, new MongoBackfillSource(database));
        }
        finally
        {
            await client.DropDatabaseAsync(name);
        }
    }

    private static BsonDocument Room(string id, DateTime ts, string type = "l") => new()
    {
        ["_id"] = id, ["t"] = type, ["ts"] = new BsonDateTime(ts), ["_updatedAt"] = new BsonDateTime(ts), ["msgs"] = 2, ["fname"] = "Visitor",
    };

    private static BsonDocument Message(string id, string rid) => new()
    {
        ["_id"] = id, ["rid"] = rid, ["msg"] = "hello", ["ts"] = new BsonDateTime(Since), ["_updatedAt"] = new BsonDateTime(Since), ["token"] = "v",
    };
}
