using MongoDB.Bson;
using OmniCharts.Ingestor.Documents;
using OmniCharts.Ingestor.Sources.MongoDb.Reconciliation;
using OmniCharts.IntegrationTests.Ingestor.ChangeStreams;
using OmniCharts.IntegrationTests.Projector;
using OmniCharts.ReadModel.Keys;
using static OmniCharts.IntegrationTests.Ingestor.ChangeStreams.ChangeEvents;

namespace OmniCharts.IntegrationTests.Ingestor.Reconciliation;

public sealed class ReconcilerTests : IAsyncLifetime
{
    private static readonly long Now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
    private readonly Sequence _sequence = new();
    private ProjectorUnderTest _projector = null!;
    private InMemoryRocketChat _database = null!;

    public async Task InitializeAsync()
    {
        _projector = await ProjectorUnderTest.StartAsync();
        _database = new InMemoryRocketChat(_sequence);
        await SeedBothSidesAsync();
    }

    public async Task DisposeAsync() => await _projector.DisposeAsync();

    [Fact]
    public async Task Rooms_messages_and_users_gone_from_MongoDB_are_deleted_and_a_stale_room_is_refreshed()
    {
        _database.Put(RocketChatCollection.Rooms, Room("a", Now - 60_000, department: "dep-b"));
        _database.Remove(RocketChatCollection.Rooms, "b");
        _database.Remove(RocketChatCollection.Messages, "a2");
        _database.Remove(RocketChatCollection.Users, "u1");
        await using var ingestor = await StartAsync();

        var counts = await ingestor.Reconciler.RunAsync(CancellationToken.None);

        Assert.Equal((1L, 3L, 1), (counts.Refreshed, counts.Deleted, counts.RoomsWithMessagesCompared));
        await ProjectorUnderTest.EventuallyAsync(async () =>
            await HashAsync(_projector.Redis.Keys.Room("b"), RoomField.Deleted) == "1" &&
            await HashAsync(_projector.Redis.Keys.User("u1"), DirectoryField.Deleted) == "1" &&
            (await HashAsync(_projector.Redis.Keys.RoomMessages("a"), "a2"))?.EndsWith(":d", StringComparison.Ordinal) == true &&
            await HashAsync(_projector.Redis.Keys.Room("a"), RoomField.Department) == "dep-b", "the repairs applied");
        var deletionVersion = long.Parse((await HashAsync(_projector.Redis.Keys.Room("b"), RoomField.Version))!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(deletionVersion, Now, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task A_room_missing_from_the_read_model_has_its_messages_compared_however_long_ago_it_changed()
    {
        // An import writes a closed conversation as it was: long ago, or without _updatedAt. No poll sees it.
        var imported = Now - (long)TimeSpan.FromDays(30).TotalMilliseconds;
        _database.Put(RocketChatCollection.Rooms, Room("imported", imported));
        _database.Put(RocketChatCollection.Messages, Message("i1", "imported", imported));
        _database.Put(RocketChatCollection.Messages, Message("i2", "imported", imported));
        await using var ingestor = await StartAsync();

        var counts = await ingestor.Reconciler.RunAsync(CancellationToken.None);

        Assert.Equal((3L, 3), (counts.Refreshed, counts.RoomsWithMessagesCompared));
        await ProjectorUnderTest.EventuallyAsync(async () =>
            await HashAsync(_projector.Redis.Keys.Room("imported"), RoomField.CountedMessages) == "2", "the imported room with both its messages");
    }

    [Fact]
    public async Task A_read_model_in_sync_publishes_nothing()
    {
        var before = await _projector.Redis.DumpAsync();
        await using var ingestor = await StartAsync();

        var counts = await ingestor.Reconciler.RunAsync(CancellationToken.None);

        Assert.Equal((0L, 0L), (counts.Refreshed, counts.Deleted));
        Assert.True(counts.Compared >= 9, $"compared {counts.Compared}");
        Assert.Equal(before, await _projector.Redis.DumpAsync());
    }

    [Fact]
    public async Task The_cron_job_runs_the_reconciliation()
    {
        _database.Remove(RocketChatCollection.Rooms, "b");
        await using var ingestor = await StartAsync(cron: "* * * * * ?");

        await ProjectorUnderTest.EventuallyAsync(async () =>
            await HashAsync(_projector.Redis.Keys.Room("b"), RoomField.Deleted) == "1" &&
            ingestor.Status.Sources.Any(s => s.Source == Reconciler.Source), "the scheduled reconciliation's deletion and its report");

        Assert.True(ingestor.Status.Sources.Single(s => s.Source == Reconciler.Source).Published >= 1);
    }

    private Task<LiveIngestor> StartAsync(string cron = "off") =>
        LiveIngestor.StartAsync(_projector, new ScriptedChangeStream(_sequence), _database,
            new Dictionary<string, string?> { ["Ingestor:Mode"] = "changestream", ["Ingestor:Reconcile:Cron"] = cron });

    // The same documents in MongoDB and, through the real bus and Projector, in the read model.
    private async Task SeedBothSidesAsync()
    {
        var documents = new (RocketChatCollection, BsonDocument)[]
        {
            (RocketChatCollection.Rooms, Room("a", Now - 600_000)),
            (RocketChatCollection.Rooms, Room("b", Now - 540_000)),
            (RocketChatCollection.Messages, Message("a1", "a", Now - 500_000)),
            (RocketChatCollection.Messages, Message("a2", "a", Now - 400_000)),
            (RocketChatCollection.Users, Stamped("""{"_id":"u1","roles":["livechat-manager"],"utcOffset":2}""")),
            (RocketChatCollection.Permissions, Stamped("""{"_id":"view-livechat-manager","roles":["admin"]}""")),
            (RocketChatCollection.Settings, Stamped("""{"_id":"Default_Timezone_For_Reporting","value":"server"}""")),
        };
        var run = Guid.NewGuid().ToString("N");
        foreach (var (collection, document) in documents)
        {
            _database.Put(collection, document);
            await _projector.PublishAsync(DocumentMapper.Map(collection, document).Event!, run);
        }
        await ProjectorUnderTest.EventuallyAsync(async () =>
            await _projector.AppliedAsync(run) == documents.Length, "the seed applied");
    }

    private static BsonDocument Stamped(string json) => BsonDocument.Parse(json).Add("_updatedAt", new BsonDateTime(Now - 300_000));

    private async Task<string?> HashAsync(StackExchange.Redis.RedisKey key, string field) =>
        await _projector.Redis.Database.HashGetAsync(key, field);
}
