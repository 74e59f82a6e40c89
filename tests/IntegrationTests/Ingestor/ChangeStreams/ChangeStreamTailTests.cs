using MongoDB.Bson;
using OmniCharts.Ingestor.Observability;
using OmniCharts.Ingestor.Sources.MongoDb.ChangeStreams;
using OmniCharts.IntegrationTests.Projector;
using OmniCharts.ReadModel.Keys;
using static OmniCharts.IntegrationTests.Ingestor.ChangeStreams.ChangeEvents;

namespace OmniCharts.IntegrationTests.Ingestor.ChangeStreams;

public sealed class ChangeStreamTailTests : IAsyncLifetime
{
    private readonly Sequence _sequence = new();
    private ProjectorUnderTest _projector = null!;
    private ScriptedChangeStream _stream = null!;

    public async Task InitializeAsync()
    {
        _projector = await ProjectorUnderTest.StartAsync();
        _stream = new ScriptedChangeStream(_sequence);
    }

    public async Task DisposeAsync() => await _projector.DisposeAsync();

    [Fact]
    public async Task Inserts_updates_replaces_and_deletes_reach_the_read_model_and_the_token_follows()
    {
        await using var ingestor = await StartAsync();
        var opened = await _stream.NextOpenedAsync();
        opened.Push(new ChangeBatch([
            Insert(Rooms, Room("r1", WallTime(1)), 1),
            Insert(Messages, Message("m1", "r1", WallTime(2)), 2),
            Insert(Messages, Message("m2", "r1", WallTime(3)), 3),
            Insert(Rooms, Room("r2", WallTime(4)), 4),
        ], Token(4)));
        opened.Push(new ChangeBatch([
            Update(Rooms, Room("r1", WallTime(5), department: "dep-b"), """{"departmentId":"dep-b"}""", 5),
            Replace(Messages, Message("m1", "r1", WallTime(6)), 6),
            Delete(Messages, "m2", 7, before: Message("m2", "r1", WallTime(3))),
            Delete(Messages, "m-without-pre-image", 8),
            Delete(Rooms, "r2", 9),
        ], Token(9)));

        await ProjectorUnderTest.EventuallyAsync(async () => await StoredTokenAsync() == Token(9), "the second batch's token");
        // Five queues apply the batch's events in no particular order: wait for the last of each kind.
        await ProjectorUnderTest.EventuallyAsync(async () => await RoomAsync("r2", RoomField.Deleted) == "1" &&
            await MessageAsync("r1", "m2") == $"{WallTime(7)}:d" && await MessageAsync("r1", "m1") == $"{WallTime(6)}:1" &&
            await RoomAsync("r1", RoomField.Department) == "dep-b", "every change of the second batch");

        Assert.Equal(("dep-b", $"{WallTime(5)}"), (await RoomAsync("r1", RoomField.Department), await RoomAsync("r1", RoomField.Version)));
        Assert.Equal($"{WallTime(6)}:1", await MessageAsync("r1", "m1"));
        Assert.Equal($"{WallTime(7)}:d", await MessageAsync("r1", "m2"));
        Assert.Equal(IngestionMode.ChangeStream, ingestor.Status.Mode.Mode);
        var progress = Assert.Single(ingestor.Status.Sources, s => s.Source == StreamCheckpoint.Source);
        Assert.Equal((8L, WallTime(9)), (progress.Published, progress.LastChangeTime.ToUnixTimeMilliseconds()));
    }

    [Fact]
    public async Task A_crash_after_publishing_leaves_the_old_token_and_the_restart_republishes_harmlessly()
    {
        var crashing = await StartAsync(retry: "00:10:00",
            publishers: services => new CrashingPublishers(Bus(services), Status(services), failFromFlush: 2));
        var first = await _stream.NextOpenedAsync();
        first.Push(new ChangeBatch([Insert(Rooms, Room("r1", WallTime(1)), 1)], Token(1)));
        var second = new ChangeBatch([Update(Rooms, Room("r1", WallTime(2), department: "dep-b"), """{"departmentId":"dep-b"}""", 2)], Token(2));
        first.Push(second);

        await ProjectorUnderTest.EventuallyAsync(async () => await RoomAsync("r1", RoomField.Department) == "dep-b", "the update applied");
        Assert.Equal(Token(1), await StoredTokenAsync());
        await crashing.DisposeAsync();
        var before = await ReadModelAsync();

        await using var restarted = await StartAsync();
        var resumed = await _stream.NextOpenedAsync();
        resumed.Push(second);
        await ProjectorUnderTest.EventuallyAsync(async () => await StoredTokenAsync() == Token(2), "the republished batch's token");

        Assert.Equal(Token(1), _stream.Opens.Last().ResumeAfter);
        Assert.Equal(before, await ReadModelAsync());
    }

    [Fact]
    public async Task A_restart_resumes_after_the_stored_token()
    {
        await using (var first = await StartAsync())
        {
            (await _stream.NextOpenedAsync()).Push(new ChangeBatch([Insert(Rooms, Room("r1", WallTime(1)), 1)], Token(1)));
            await ProjectorUnderTest.EventuallyAsync(async () => await StoredTokenAsync() == Token(1), "the first token");
        }

        await using var second = await StartAsync();
        (await _stream.NextOpenedAsync()).Push(new ChangeBatch([Update(Rooms, Room("r1", WallTime(2), "dep-c"), """{"departmentId":"dep-c"}""", 2)], Token(2)));
        await ProjectorUnderTest.EventuallyAsync(async () => await RoomAsync("r1", RoomField.Department) == "dep-c", "the update after the restart");

        Assert.Equal([null, Token(1)], _stream.Opens.Select(o => o.ResumeAfter));
    }

    private Task<LiveIngestor> StartAsync(string retry = "00:00:00.200", Func<IServiceProvider, ILivePublishers>? publishers = null) =>
        LiveIngestor.StartAsync(_projector, _stream, new InMemoryRocketChat(_sequence),
            new Dictionary<string, string?> { ["Ingestor:ChangeStream:RetryInterval"] = retry }, publishers);

    private static MassTransit.IBus Bus(IServiceProvider services) => (MassTransit.IBus)services.GetService(typeof(MassTransit.IBus))!;

    private static IngestionStatus Status(IServiceProvider services) => (IngestionStatus)services.GetService(typeof(IngestionStatus))!;

    private async Task<BsonDocument?> StoredTokenAsync() =>
        await _projector.Redis.Database.StringGetAsync(_projector.Redis.Keys.SourceCheckpoint(StreamCheckpoint.Source)) is { IsNull: false } text
            ? StreamCheckpoint.Parse(text.ToString()).Token
            : null;

    private async Task<string?> RoomAsync(string roomId, string field) =>
        await _projector.Redis.Database.HashGetAsync(_projector.Redis.Keys.Room(roomId), field);

    private async Task<string?> MessageAsync(string roomId, string messageId) =>
        await _projector.Redis.Database.HashGetAsync(_projector.Redis.Keys.RoomMessages(roomId), messageId);

    // The read model without the bookkeeping that is expected to move: checkpoints and run counters.
    private async Task<string> ReadModelAsync() => string.Join('\n', (await _projector.Redis.DumpAsync()).Split('\n')
        .Where(line => !line.Contains(":checkpoint:", StringComparison.Ordinal) && !line.Contains(":run:", StringComparison.Ordinal)));
}
