using MongoDB.Bson;
using OmniCharts.Contracts;
using OmniCharts.Ingestor.Documents;
using OmniCharts.Ingestor.Sources.MongoDb.Polling;
using OmniCharts.Ingestor.Sources.MongoDb.TeamChat;
using OmniCharts.IntegrationTests.Infrastructure;
using OmniCharts.ReadModel.Keys;

namespace OmniCharts.IntegrationTests.Ingestor.Polling;

public sealed class UpdatedSincePollerTests : IAsyncLifetime
{
    private readonly RedisKeySchema _keys = new(TestEnvironment.NewKeyPrefix());
    private readonly InMemoryPages _rooms = new();
    private readonly KnownTeamRooms _teamRooms = new();
    private SourceCheckpoints Checkpoints => new(TestRedis.Connection, _keys);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => TestRedis.Connection.GetDatabase().KeyDeleteAsync(
        _keys.SourceCheckpoint(UpdatedSincePoller.CheckpointName(RocketChatCollection.Rooms)));

    [Fact]
    public async Task A_poll_publishes_what_changed_since_its_checkpoint_and_nothing_twice()
    {
        _rooms.Documents.AddRange([Room("a", 1000), Room("b", 2000), Room("dm", 2500, type: "d"), Room("c", 3000)]);
        var first = new RecordingPublisher();
        await Poller(pageSize: 2).PollAsync(RocketChatCollection.Rooms, first, CancellationToken.None);

        _rooms.Documents[1] = Room("b", 4000);
        _rooms.Documents[2] = Room("dm", 4100, type: "d");
        var second = new RecordingPublisher();
        var counts = await Poller(pageSize: 2).PollAsync(RocketChatCollection.Rooms, second, CancellationToken.None);

        Assert.Equal(["a", "b", "dm", "c"], first.Published.Cast<RoomChanged>().Select(r => r.RoomId));
        Assert.Equal([("b", 4000L)], second.Published.Cast<RoomChanged>().Select(r => (r.RoomId, r.SourceVersion)));
        // The DM went out once: its second change would only tell the Projector again that it is not Omnichannel.
        Assert.Equal((2, 1, 1, 0), (counts.Read, counts.Published, counts.Skipped, counts.Rejected.Count));
        Assert.Equal("4100:dm", await Checkpoints.ReadAsync(UpdatedSincePoller.CheckpointName(RocketChatCollection.Rooms)));
    }

    [Fact]
    public async Task Documents_sharing_a_millisecond_across_pages_are_neither_lost_nor_repeated()
    {
        _rooms.Documents.AddRange([Room("x", 5000), Room("y", 5000), Room("z", 5000), Room("w", 5000)]);
        var publisher = new RecordingPublisher();

        await Poller(pageSize: 3).PollAsync(RocketChatCollection.Rooms, publisher, CancellationToken.None);
        await Poller(pageSize: 3).PollAsync(RocketChatCollection.Rooms, publisher, CancellationToken.None);

        Assert.Equal(["w", "x", "y", "z"], publisher.Published.Cast<RoomChanged>().Select(r => r.RoomId));
    }

    [Fact]
    public async Task A_poll_that_fails_mid_page_resumes_from_the_last_confirmed_page()
    {
        _rooms.Documents.AddRange(Enumerable.Range(1, 5).Select(i => Room($"r{i}", i * 1000)));

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Poller(pageSize: 2).PollAsync(RocketChatCollection.Rooms, new RecordingPublisher(failAfter: 3), CancellationToken.None));
        var checkpoint = await Checkpoints.ReadAsync(UpdatedSincePoller.CheckpointName(RocketChatCollection.Rooms));
        var retry = new RecordingPublisher();
        await Poller(pageSize: 2).PollAsync(RocketChatCollection.Rooms, retry, CancellationToken.None);

        Assert.Equal("2000:r2", checkpoint);
        Assert.Equal(["r3", "r4", "r5"], retry.Published.Cast<RoomChanged>().Select(r => r.RoomId));
    }

    [Fact]
    public async Task A_document_that_cannot_be_mapped_is_reported_and_passed()
    {
        var broken = Room("bad", 1500);
        broken.Remove("ts");
        _rooms.Documents.AddRange([Room("a", 1000), broken, Room("c", 2000)]);
        var publisher = new RecordingPublisher();

        var counts = await Poller(pageSize: 10).PollAsync(RocketChatCollection.Rooms, publisher, CancellationToken.None);

        Assert.Equal(["a", "c"], publisher.Published.Cast<RoomChanged>().Select(r => r.RoomId));
        var rejected = Assert.Single(counts.Rejected);
        Assert.StartsWith("rocketchat_room bad: ", rejected, StringComparison.Ordinal);
    }

    private UpdatedSincePoller Poller(int pageSize) => new(_rooms, Checkpoints, _teamRooms, pageSize);

    private static BsonDocument Room(string id, long updatedAt, string type = "l") => new()
    {
        ["_id"] = id,
        ["t"] = type,
        ["ts"] = new BsonDateTime(1_767_225_600_000),
        ["_updatedAt"] = new BsonDateTime(updatedAt),
    };
}
