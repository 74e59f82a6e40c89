using OmniCharts.Ingestor.Cli;
using OmniCharts.Ingestor.Documents;
using OmniCharts.Ingestor.Sources.MongoDb.Backfill;
using OmniCharts.Ingestor.Sources.MongoDb.Polling;
using OmniCharts.IntegrationTests.Infrastructure;
using OmniCharts.IntegrationTests.Projector;

namespace OmniCharts.IntegrationTests.Ingestor.Backfill;

/// <summary>
/// The real <c>backfill</c> command over documents served from memory, through RabbitMQ to the in-process
/// Projector: the read model ends byte-for-byte like a replay of the same documents, however the backfill is run.
/// </summary>
public sealed class BackfillCommandTests(ReplayedHistory history) : IClassFixture<ReplayedHistory>
{
    private const string RoomsCheckpoint = "backfill:rocketchat_room";

    [Fact]
    public async Task Backfill_leaves_the_read_model_replay_leaves_and_reads_only_messages_of_omnichannel_rooms()
    {
        await using var projector = await ProjectorUnderTest.StartAsync();
        var source = new InMemoryBackfillSource(history.Documents);

        var run = await BackfillAsync(projector, source, "--page-size", "7", "--rate", "0", "--wait", "--wait-timeout", "60");

        Assert.True(run.ExitCode == (int)ExitCode.Ok, run.ToString());
        await AssertReadModelAsync(projector, history.ReadModel);
        var omnichannel = history.Documents.Rooms.Where(r => r["t"] == "l").Select(r => r["_id"].AsString).ToHashSet();
        Assert.Equal(history.Documents.Messages.Count(m => omnichannel.Contains(m["rid"].AsString)), source.MessagesServed);
        Assert.True(source.MessagesServed < history.Documents.Messages.Count, "the history should hold messages of team rooms too");
        Assert.Contains($"rocketchat_message: read {source.MessagesServed},", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_backfill_cancelled_mid_way_resumes_after_its_last_confirmed_page_and_loses_nothing()
    {
        await using var projector = await ProjectorUnderTest.StartAsync();
        using var cancel = new CancellationTokenSource();
        var first = new InMemoryBackfillSource(history.Documents);
        first.OnPage = (collection, pages) =>
        {
            if (collection == RocketChatCollection.Rooms && pages == 3)
                cancel.Cancel();
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => BackfillAsync(projector, first, cancel.Token, "--page-size", "10", "--rate", "0"));
        var checkpoints = SourceCheckpoints.OfGeneration(TestRedis.Connection, projector.Redis.Keys);
        var roomsAtStop = BackfillCheckpoint.Parse(await checkpoints.ReadAsync(RoomsCheckpoint));
        var second = new InMemoryBackfillSource(history.Documents);
        var resumed = await BackfillAsync(projector, second, "--page-size", "10", "--rate", "0", "--wait", "--wait-timeout", "60");

        // Every room is read (team rooms as small events), in _id order.
        var roomIds = history.Documents.Rooms.Select(r => r["_id"].AsString).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(new BackfillCheckpoint(roomIds[19], false), roomsAtStop);
        Assert.True(resumed.ExitCode == (int)ExitCode.Ok, resumed.ToString());
        Assert.Equal(0, second.PagesOf(RocketChatCollection.Users));
        Assert.Equal(roomIds.Count - 20, second.RoomsServed);
        await AssertReadModelAsync(projector, history.ReadModel);
    }

    [Fact]
    public async Task A_second_run_reads_nothing_and_restart_reads_everything_again_changing_nothing()
    {
        await using var projector = await ProjectorUnderTest.StartAsync();
        var first = new InMemoryBackfillSource(history.Documents);
        Assert.Equal((int)ExitCode.Ok, (await BackfillAsync(projector, first, "--rate", "0", "--wait")).ExitCode);
        await AssertReadModelAsync(projector, history.ReadModel);

        var again = new InMemoryBackfillSource(history.Documents);
        var second = await BackfillAsync(projector, again, "--rate", "0", "--wait");
        var restarted = new InMemoryBackfillSource(history.Documents);
        var third = await BackfillAsync(projector, restarted, "--rate", "0", "--restart", "--wait", "--wait-timeout", "60");

        Assert.True(second.ExitCode == (int)ExitCode.Ok, second.ToString());
        Assert.Equal(0, again.Pages);
        Assert.Contains("rocketchat_room and its messages: already complete", second.Output, StringComparison.Ordinal);
        Assert.Contains("total: read 0, published 0,", second.Output, StringComparison.Ordinal);
        Assert.True(third.ExitCode == (int)ExitCode.Ok, third.ToString());
        Assert.Equal(first.DocumentsServed, restarted.DocumentsServed);
        await AssertReadModelAsync(projector, history.ReadModel);
    }

    private static Task<BackfillInvocation> BackfillAsync(ProjectorUnderTest projector, InMemoryBackfillSource source, params string[] args) =>
        BackfillAsync(projector, source, CancellationToken.None, args);

    private static Task<BackfillInvocation> BackfillAsync(
        ProjectorUnderTest projector, InMemoryBackfillSource source, CancellationToken cancellationToken, params string[] args) =>
        BackfillInvocation.RunAsync(TestEnvironment.Settings(projector.Redis.Prefix, projector.BusPrefix), source, args, cancellationToken: cancellationToken);

    // --wait counts only the events of its own run; a cancelled run's last events may still be on their way.
    private static async Task AssertReadModelAsync(ProjectorUnderTest projector, string expected)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        var actual = "";
        while (DateTime.UtcNow < until && (actual = ReplayedHistory.Normalized(await projector.Redis.DumpAsync(), projector.Redis.Prefix)) != expected)
            await Task.Delay(200);
        Assert.Equal(expected, actual);
    }
}
