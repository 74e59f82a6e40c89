using MongoDB.Bson;
using OmniCharts.Contracts;
using OmniCharts.Ingestor.Cli;
using OmniCharts.Ingestor.Documents;
using OmniCharts.Ingestor.Sources.MongoDb.Backfill;
using OmniCharts.Ingestor.Sources.MongoDb.Polling;
using OmniCharts.IntegrationTests.Infrastructure;
using OmniCharts.IntegrationTests.Parity;
using OmniCharts.ReadModel.Keys;
using OmniCharts.Reference;

namespace OmniCharts.IntegrationTests.Ingestor.Backfill;

/// <summary><c>backfill</c>'s rate limit, <c>--since</c> and a failing source, on the real RabbitMQ and Redis without a Projector.</summary>
public sealed class BackfillCommandLimitsTests(ReplayedHistory history) : IClassFixture<ReplayedHistory>, IAsyncLifetime
{
    private readonly string _keyPrefix = TestEnvironment.NewKeyPrefix();
    private readonly string _busPrefix = TestEnvironment.NewBusPrefix();

    private Dictionary<string, string?> Settings => TestEnvironment.Settings(_keyPrefix, _busPrefix);

    [Fact]
    public async Task The_rate_limit_makes_every_document_past_the_first_seconds_worth_wait_its_turn()
    {
        var clock = new SteppingClock();
        var source = new InMemoryBackfillSource(history.Documents);

        var run = await BackfillInvocation.RunAsync(Settings, source, ["--rate", "100", "--page-size", "25"], clock);

        Assert.True(run.ExitCode == (int)ExitCode.Ok, run.ToString());
        Assert.True(source.DocumentsServed > 300, $"only {source.DocumentsServed} documents: too few to see the rate");
        Assert.Equal((source.DocumentsServed - 100) / 100.0, clock.Slept.TotalSeconds, 3);
    }

    [Fact]
    public async Task Since_backfills_only_the_rooms_started_since_then_with_all_their_messages()
    {
        var rooms = history.Documents.Rooms.Where(r => r["t"] == "l").OrderBy(r => r["ts"].ToUniversalTime()).ToList();
        var since = rooms[rooms.Count / 2]["ts"].ToUniversalTime();
        var expectedRooms = rooms.Where(r => r["ts"].ToUniversalTime() >= since).Select(r => r["_id"].AsString).Order().ToList();
        var expectedMessages = history.Documents.Messages.Where(m => expectedRooms.Contains(m["rid"].AsString)).Select(m => m["_id"].AsString).Order().ToList();
        // Team rooms are always read, whenever created: one small event each, and none of their messages.
        expectedRooms = [.. expectedRooms.Concat(history.Documents.Rooms.Where(r => r["t"] != "l").Select(r => r["_id"].AsString)).Order()];
        var directory = history.Documents.Settings.Count + history.Documents.Permissions.Count + history.Documents.Users.Count;
        await using var collector = await EventCollector.StartAsync(_busPrefix);

        var run = await BackfillInvocation.RunAsync(Settings, new InMemoryBackfillSource(history.Documents), ["--rate", "0", "--since", since.ToString("O")]);

        Assert.True(run.ExitCode == (int)ExitCode.Ok, run.ToString());
        await collector.WaitForAsync(directory + expectedRooms.Count + expectedMessages.Count, TimeSpan.FromSeconds(30));
        var received = collector.Received.Select(r => r.Message).ToList();
        Assert.Equal(expectedRooms, received.OfType<RoomChanged>().Select(r => r.RoomId).Order());
        Assert.Equal(expectedMessages, received.OfType<MessageChanged>().Select(m => m.MessageId).Order());
        Assert.InRange(expectedRooms.Count(id => rooms.Any(r => r["_id"] == id)), 1, rooms.Count - 1);
    }

    [Fact]
    public async Task A_failing_source_stops_with_exit_code_6_keeping_every_confirmed_page()
    {
        var source = new InMemoryBackfillSource(history.Documents)
        {
            OnPage = (collection, pages) =>
            {
                if (collection == RocketChatCollection.Rooms && pages == 2)
                    throw new TimeoutException("A timeout occurred after 30000ms selecting a server");
            },
        };

        var run = await BackfillInvocation.RunAsync(Settings, source, ["--rate", "0", "--page-size", "10"]);

        var checkpoints = SourceCheckpoints.OfGeneration(TestRedis.Connection, new RedisKeySchema(_keyPrefix));
        var firstPage = history.Documents.Rooms.Where(r => r["t"] == "l").Select(r => r["_id"].AsString).Order(StringComparer.Ordinal).ElementAt(9);
        Assert.Equal((int)ExitCode.SourceFailed, run.ExitCode);
        Assert.Contains("backfill stopped: A timeout occurred", run.Errors, StringComparison.Ordinal);
        Assert.Equal("after:" + firstPage, await checkpoints.ReadAsync("backfill:rocketchat_room"));
        Assert.Equal("complete", await checkpoints.ReadAsync("backfill:users"));
    }

    [Fact]
    public async Task A_document_the_mapping_rejects_is_reported_by_collection_and_id_and_the_rest_is_published()
    {
        const string Updated = "\"_updatedAt\":{\"$date\":\"2026-03-04T10:21:38.140Z\"}";
        var documents = new RawDocuments(
            [
                BsonDocument.Parse($$"""{"_id":"r1","t":"l","ts":{"$date":"2026-03-04T10:15:02.481Z"},"msgs":1,{{Updated}} }"""),
                BsonDocument.Parse($$"""{"_id":"r2","t":"l","msgs":0,{{Updated}} }"""),
            ],
            [BsonDocument.Parse($$"""{"_id":"m1","rid":"r1","ts":{"$date":"2026-03-04T10:15:03Z"},"token":"v","msg":"hi",{{Updated}} }""")],
            [], [], []);
        await using var collector = await EventCollector.StartAsync(_busPrefix);

        var run = await BackfillInvocation.RunAsync(Settings, new InMemoryBackfillSource(documents), ["--rate", "0"]);

        Assert.Equal((int)ExitCode.Rejected, run.ExitCode);
        Assert.StartsWith("rocketchat_room r2: missing ts", run.Errors, StringComparison.Ordinal);
        Assert.Contains("total: read 3, published 2, skipped 0, rejected 1", run.Output, StringComparison.Ordinal);
        await collector.WaitForAsync(2, TimeSpan.FromSeconds(20));
        Assert.Equal(["m1", "r1"], collector.Received.Select(r => r.Message switch { RoomChanged room => room.RoomId, MessageChanged m => m.MessageId, _ => "?" }).Order());
    }

    // These runs update a complete read model: they publish and return, with no Projector to wait for.
    public Task InitializeAsync() => QueryApiHost.MarkReadyAsync(_keyPrefix);

    public async Task DisposeAsync()
    {
        await RedisKeyspace.DeleteAsync(_keyPrefix, keepState: false);
        await TestExchanges.DeleteAsync(_busPrefix);
    }
}
