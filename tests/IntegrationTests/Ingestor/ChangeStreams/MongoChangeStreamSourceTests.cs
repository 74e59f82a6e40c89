using MongoDB.Bson;
using MongoDB.Driver;
using OmniCharts.Contracts;
using OmniCharts.Ingestor.Sources.MongoDb;
using OmniCharts.Ingestor.Sources.MongoDb.ChangeStreams;
using OmniCharts.IntegrationTests.Infrastructure;
using static OmniCharts.IntegrationTests.Ingestor.ChangeStreams.ChangeEvents;

namespace OmniCharts.IntegrationTests.Ingestor.ChangeStreams;

/// <summary>The real stream; needs a replica set (MongoDB 6.0+ for pre-images), e.g. <c>mongodb://127.0.0.1:27017/?replicaSet=rs0</c>.</summary>
public sealed class MongoChangeStreamSourceTests
{
    [MongoFact]
    public async Task A_replica_set_stream_maps_inserts_updates_and_deletes_with_pre_images_and_resumes_after_a_token()
    {
        var client = new MongoClient(MongoFactAttribute.ConnectionString);
        var databaseName = "omnicharts-test-" + Guid.NewGuid().ToString("N");
        var database = client.GetDatabase(databaseName);
        try
        {
            await database.CreateCollectionAsync(Messages, new CreateCollectionOptions
            {
                ChangeStreamPreAndPostImagesOptions = new ChangeStreamPreAndPostImagesOptions { Enabled = true },
            });
            var rooms = database.GetCollection<BsonDocument>(Rooms);
            var messages = database.GetCollection<BsonDocument>(Messages);
            var source = new MongoChangeStreamSource(database);

            ChangeBatch last;
            var events = new List<object?>();
            await using (var stream = await source.OpenAsync(null, CancellationToken.None))
            {
                await rooms.InsertOneAsync(Room("r1", 1000));
                await rooms.UpdateOneAsync(new BsonDocument("_id", "r1"), new BsonDocument("$set", new BsonDocument { ["departmentId"] = "dep-b", ["_updatedAt"] = new BsonDateTime(2000) }));
                await database.GetCollection<BsonDocument>("rocketchat_subscription").InsertOneAsync(new BsonDocument("_id", "ignored"));
                await messages.InsertOneAsync(Message("m1", "r1", 3000));
                await messages.DeleteOneAsync(new BsonDocument("_id", "m1"));
                last = await ReadAsync(stream, events, count: 4);
            }
            await rooms.InsertOneAsync(Room("r2", 4000));
            var resumed = new List<object?>();
            await using (var stream = await source.OpenAsync(last.ResumeToken, CancellationToken.None))
                await ReadAsync(stream, resumed, count: 1);

            Assert.Equal(["dep-a", "dep-b"], events.OfType<RoomChanged>().Select(r => r.DepartmentId));
            Assert.Equal("r1", Assert.Single(events.OfType<MessageChanged>()).RoomId);
            Assert.Equal("r1", Assert.Single(events.OfType<MessageDeleted>()).RoomId);
            Assert.Equal("r2", Assert.IsType<RoomChanged>(Assert.Single(resumed)).RoomId);
        }
        finally
        {
            await client.DropDatabaseAsync(databaseName);
        }
    }

    private static async Task<ChangeBatch> ReadAsync(IChangeBatches stream, List<object?> events, int count)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            var batch = await stream.NextAsync(deadline.Token);
            events.AddRange(batch.Events.Select(e => ChangeEventMapper.Map(e).Event));
            if (events.Count >= count)
                return batch;
        }
    }
}
