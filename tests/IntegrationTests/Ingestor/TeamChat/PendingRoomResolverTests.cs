using MongoDB.Bson;
using OmniCharts.Contracts;
using OmniCharts.Ingestor.Documents;
using OmniCharts.IntegrationTests.Ingestor.ChangeStreams;
using OmniCharts.IntegrationTests.Projector;
using OmniCharts.ReadModel.Keys;
using static OmniCharts.IntegrationTests.Ingestor.ChangeStreams.ChangeEvents;

namespace OmniCharts.IntegrationTests.Ingestor.TeamChat;

/// <summary>Messages that wait for a room which never comes are resolved from MongoDB: counted, dropped as team chat, or dropped with a gone room.</summary>
public sealed class PendingRoomResolverTests : IAsyncLifetime
{
    // An hour ago: older than the poll's starting point, so only the resolver can bring these rooms.
    private static readonly long Now = DateTimeOffset.UtcNow.AddHours(-1).ToUnixTimeMilliseconds();
    private readonly Sequence _sequence = new();
    private ProjectorUnderTest _projector = null!;
    private InMemoryRocketChat _database = null!;

    public async Task InitializeAsync()
    {
        _projector = await ProjectorUnderTest.StartAsync();
        _database = new InMemoryRocketChat(_sequence);
    }

    public async Task DisposeAsync() => await _projector.DisposeAsync();

    [Fact]
    public async Task Rooms_still_waiting_at_the_second_pass_are_read_from_MongoDB_or_deleted_when_gone()
    {
        _database.Put(RocketChatCollection.Rooms, Room("l1", Now - 60_000));
        _database.Put(RocketChatCollection.Rooms, new BsonDocument { ["_id"] = "c1", ["t"] = "c", ["name"] = "general", ["_updatedAt"] = new BsonDateTime(Now - 50_000) });
        var run = Guid.NewGuid().ToString("N");
        foreach (var (id, room) in new[] { ("m1", "l1"), ("m2", "c1"), ("m3", "gone") })
            await _projector.PublishAsync(DocumentMapper.Map(RocketChatCollection.Messages, Message(id, room, Now - 40_000)).Event!, run);
        await ProjectorUnderTest.EventuallyAsync(async () => await PendingAsync() == 3, "three rooms waiting");
        await using var ingestor = await LiveIngestor.StartAsync(_projector, new ScriptedChangeStream(_sequence), _database,
            new Dictionary<string, string?> { ["Ingestor:Mode"] = "polling" });

        var first = await ingestor.PendingRooms.RunAsync(CancellationToken.None);
        var second = await ingestor.PendingRooms.RunAsync(CancellationToken.None);

        Assert.Equal((3, 0, 0), (first.Pending, first.Fetched, first.Gone));
        Assert.Equal((3, 2, 1), (second.Pending, second.Fetched, second.Gone));
        await ProjectorUnderTest.EventuallyAsync(async () => await PendingAsync() == 0, "no room waiting");
        var keys = _projector.Redis.Keys;
        Assert.Equal("1", (string?)await _projector.Redis.Database.HashGetAsync(keys.Room("l1"), RoomField.CountedMessages));
        Assert.Equal("0", (string?)await _projector.Redis.Database.HashGetAsync(keys.Room("c1"), RoomField.IsOmnichannel));
        Assert.Equal("1", (string?)await _projector.Redis.Database.HashGetAsync(keys.Room("gone"), RoomField.Deleted));
        Assert.False(await _projector.Redis.Database.KeyExistsAsync(keys.RoomMessages("c1")));
        Assert.False(await _projector.Redis.Database.KeyExistsAsync(keys.RoomMessages("gone")));
        Assert.Contains(ingestor.Status.Sources, s => s.Source == "pending-rooms" && s.Published == 3);
    }

    [Fact]
    public async Task A_room_that_arrives_between_two_passes_is_not_read()
    {
        var run = Guid.NewGuid().ToString("N");
        await _projector.PublishAsync(DocumentMapper.Map(RocketChatCollection.Messages, Message("m1", "l1", Now - 40_000)).Event!, run);
        await ProjectorUnderTest.EventuallyAsync(async () => await PendingAsync() == 1, "one room waiting");
        await using var ingestor = await LiveIngestor.StartAsync(_projector, new ScriptedChangeStream(_sequence), _database,
            new Dictionary<string, string?> { ["Ingestor:Mode"] = "polling" });

        await ingestor.PendingRooms.RunAsync(CancellationToken.None);
        await _projector.PublishAsync(DocumentMapper.Map(RocketChatCollection.Rooms, Room("l1", Now - 30_000)).Event!, run);
        await ProjectorUnderTest.EventuallyAsync(async () => await PendingAsync() == 0, "the room arrived");
        var second = await ingestor.PendingRooms.RunAsync(CancellationToken.None);

        Assert.Equal((0, 0, 0), (second.Pending, second.Fetched, second.Gone));
    }

    private async Task<long> PendingAsync() => await _projector.Redis.Database.SetLengthAsync(_projector.Redis.Keys.PendingRooms);
}
