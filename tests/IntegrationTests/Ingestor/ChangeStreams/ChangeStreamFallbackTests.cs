using OmniCharts.Ingestor.Documents;
using OmniCharts.Ingestor.Observability;
using OmniCharts.Ingestor.Sources.MongoDb.ChangeStreams;
using OmniCharts.Ingestor.Sources.MongoDb.Polling;
using OmniCharts.IntegrationTests.Projector;
using OmniCharts.ReadModel.Keys;
using static OmniCharts.IntegrationTests.Ingestor.ChangeStreams.ChangeEvents;

namespace OmniCharts.IntegrationTests.Ingestor.ChangeStreams;

public sealed class ChangeStreamFallbackTests : IAsyncLifetime
{
    private static readonly long Now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
    private readonly Sequence _sequence = new();
    private ProjectorUnderTest _projector = null!;
    private ScriptedChangeStream _stream = null!;
    private InMemoryRocketChat _database = null!;

    public async Task InitializeAsync()
    {
        _projector = await ProjectorUnderTest.StartAsync();
        _stream = new ScriptedChangeStream(_sequence);
        _database = new InMemoryRocketChat(_sequence);
    }

    public async Task DisposeAsync() => await _projector.DisposeAsync();

    [Fact]
    public async Task A_standalone_server_switches_to_polling_and_the_poll_job_publishes_from_now()
    {
        _database.Put(RocketChatCollection.Rooms, Room("recent", Now - 60_000));
        _database.Put(RocketChatCollection.Rooms, Room("history", Now - 3_600_000));
        _stream.FailNextOpens(ServerErrors.Standalone());

        await using var ingestor = await LiveIngestor.StartAsync(_projector, _stream, _database,
            new Dictionary<string, string?> { ["Ingestor:ChangeStream:RetryInterval"] = "00:10:00" });
        await ProjectorUnderTest.EventuallyAsync(async () => await VersionAsync("recent") is not null, "the polled room");

        Assert.Equal(IngestionMode.Polling, ingestor.Status.Mode.Mode);
        Assert.Contains("only supported on replica sets", ingestor.Status.Mode.Reason, StringComparison.Ordinal);
        Assert.Equal($"{Now - 60_000}:recent", await ingestor.Checkpoints.ReadAsync(UpdatedSincePoller.CheckpointName(RocketChatCollection.Rooms)));
        Assert.Null(await VersionAsync("history"));
    }

    [Fact]
    public async Task A_lost_history_is_caught_up_by_a_poll_that_runs_after_the_new_stream_opened()
    {
        var lastChange = Now - 1_800_000;
        _database.Put(RocketChatCollection.Rooms, Room("during-the-gap", lastChange + 60_000));
        _database.Put(RocketChatCollection.Rooms, Room("long-before", lastChange - 3_600_000));
        var checkpoints = new SourceCheckpoints(OmniCharts.IntegrationTests.Infrastructure.TestRedis.Connection, _projector.Redis.Keys);
        await checkpoints.WriteAsync(StreamCheckpoint.Source, new StreamCheckpoint(Token(1), lastChange).ToString());
        _stream.FailNextOpens(ServerErrors.HistoryLost());

        await using var ingestor = await LiveIngestor.StartAsync(_projector, _stream, _database);
        var reopened = await _stream.NextOpenedAsync();
        reopened.Push(new ChangeBatch([Insert(Rooms, Room("after-the-reopen", Now), 20)], Token(20)));
        await ProjectorUnderTest.EventuallyAsync(async () =>
            await VersionAsync("during-the-gap") is not null && await VersionAsync("after-the-reopen") is not null, "both rooms");

        var opens = _stream.Opens.ToList();
        Assert.Equal([Token(1), null], opens.Select(o => o.ResumeAfter));
        Assert.True(opens[1].At < _database.PollReads.Min(), "the new stream must open before the catch-up poll reads");
        Assert.Null(await VersionAsync("long-before"));
        await ProjectorUnderTest.EventuallyAsync(() => Task.FromResult(ingestor.Status.Mode.Mode == IngestionMode.ChangeStream), "change-stream mode");
    }

    [Fact]
    public async Task A_server_that_gains_change_streams_is_followed_again_after_one_last_poll()
    {
        _stream.FailNextOpens(ServerErrors.Standalone());
        await using var ingestor = await LiveIngestor.StartAsync(_projector, _stream, _database,
            new Dictionary<string, string?> { ["Ingestor:Poll:Interval"] = "01:00:00", ["Ingestor:ChangeStream:RetryInterval"] = "00:00:01" });
        await ProjectorUnderTest.EventuallyAsync(() => Task.FromResult(ingestor.Status.Mode.Mode == IngestionMode.Polling), "polling mode");
        _database.Put(RocketChatCollection.Rooms, Room("while-polling", Now));

        var reopened = await _stream.NextOpenedAsync();
        await ProjectorUnderTest.EventuallyAsync(async () => await VersionAsync("while-polling") is not null, "the last poll's room");
        reopened.Push(new ChangeBatch([Insert(Rooms, Room("on-the-stream", Now), 30)], Token(30)));
        await ProjectorUnderTest.EventuallyAsync(async () => await VersionAsync("on-the-stream") is not null, "the streamed room");

        Assert.Equal(IngestionMode.ChangeStream, ingestor.Status.Mode.Mode);
        Assert.True(_stream.Opens.Last().At < _database.PollReads.Max(), "the last poll must read after the stream opened");
    }

    private async Task<string?> VersionAsync(string roomId) =>
        await _projector.Redis.Database.HashGetAsync(_projector.Redis.Keys.Room(roomId), RoomField.Version);
}
