using OmniCharts.Contracts;
using OmniCharts.IntegrationTests.ReadModel;
using OmniCharts.Projector.Messaging;
using OmniCharts.Projector.Rooms;
using OmniCharts.IntegrationTests.Infrastructure;
using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Runs;

namespace OmniCharts.IntegrationTests.Projector;

/// <summary>
/// The batch consumers on the real broker: events published together are applied in batches (a long time limit
/// makes sure they share one), and one bad event never takes the good events of its batch down with it.
/// </summary>
public sealed class ProjectorBatchTests : IAsyncLifetime
{
    private const int RoomCount = 40;
    private static readonly DateTimeOffset Created = DateTimeOffset.FromUnixTimeMilliseconds(Rooms.Ts);
    private ProjectorUnderTest projector = null!;

    [Fact]
    public async Task Malformed_event_in_a_batch_goes_to_the_error_queue_with_its_reason_while_the_others_apply()
    {
        var run = Guid.NewGuid().ToString("N");
        var events = Enumerable.Range(0, RoomCount).Select(i => Room($"r{i}", 1)).ToList();
        events.Insert(RoomCount / 2, Room("bad", -3));

        await Task.WhenAll(events.Select(e => projector.PublishAsync(e, run)));

        await ProjectorUnderTest.EventuallyAsync(async () => await projector.AppliedAsync(run) == RoomCount, $"{RoomCount} applied events");
        var error = projector.QueueOf<RoomChangedConsumer>() + "_error";
        var fault = await ProjectorUnderTest.TakeAsync(error);
        Assert.Contains("RoomChanged bad: SourceVersion -3 is negative", fault["MT-Fault-Message"], StringComparison.Ordinal);
        Assert.Contains(nameof(MalformedEventException), fault["MT-Fault-ExceptionType"], StringComparison.Ordinal);
        Assert.Equal(0u, await ProjectorUnderTest.CountAsync(error));
        Assert.Equal(1, await projector.FailedAsync(run));
        Assert.Equal(RoomCount, (await projector.Redis.SlotAsync(SeriesScope.AllRooms, Rooms.Ts))["n"]);
    }

    [Fact]
    public async Task Event_that_fails_in_Redis_goes_to_the_error_queue_alone_while_the_rest_of_its_batch_applies()
    {
        var run = Guid.NewGuid().ToString("N");
        // Every attempt of this one event fails inside Redis; the other events of its batch succeed.
        await projector.Redis.Database.StringSetAsync(projector.Redis.Keys.Room("broken"), "not a hash");
        var events = Enumerable.Range(0, RoomCount).Select(i => Room($"r{i}", 1)).Append(Room("broken", 1)).ToList();

        await Task.WhenAll(events.Select(e => projector.PublishAsync(e, run)));

        var error = projector.QueueOf<RoomChangedConsumer>() + "_error";
        var fault = await ProjectorUnderTest.TakeAsync(error);
        Assert.Contains("WRONGTYPE", fault["MT-Fault-Message"], StringComparison.Ordinal);
        await ProjectorUnderTest.EventuallyAsync(async () => await projector.AppliedAsync(run) == RoomCount, $"{RoomCount} applied events");
        Assert.Equal(1, await projector.FailedAsync(run));
        Assert.Equal(0u, await ProjectorUnderTest.CountAsync(error));
        Assert.Equal(RoomCount, (await projector.Redis.SlotAsync(SeriesScope.AllRooms, Rooms.Ts))["n"]);
    }

    [Fact]
    public async Task Batch_delivered_again_changes_nothing_and_is_counted_once()
    {
        var run = Guid.NewGuid().ToString("N");
        var events = Enumerable.Range(0, RoomCount).Select(i => (object)Room($"r{i}", 1, firstResponse: 1 + i))
            .Concat(Enumerable.Range(0, RoomCount).Select(i => new MessageChanged($"m{i}", $"r{i % 7}", 1, null, false, Created)))
            .ToList();
        await Task.WhenAll(events.Select((e, i) => projector.PublishNumberedAsync(e, run, new RunNumbers(i, 1))));
        await ProjectorUnderTest.EventuallyAsync(async () => await projector.AppliedAsync(run) == events.Count, "the first delivery");
        await ProjectorUnderTest.EventuallyAsync(() => Task.FromResult(projector.Deliveries.Finished == events.Count), "the first deliveries acknowledged");
        var first = await DataAsync();

        // The same messages with the same numbers: what the broker hands out again after a Projector died before its ack.
        await Task.WhenAll(events.Select((e, i) => projector.PublishNumberedAsync(e, run, new RunNumbers(i, 1))));
        await ProjectorUnderTest.EventuallyAsync(() => Task.FromResult(projector.Deliveries.Finished == 2 * events.Count), "the second delivery");

        Assert.Contains(":all:slot:", first, StringComparison.Ordinal);
        Assert.Equal(first, await DataAsync());
        var outcomes = await new RunProgressReader(TestRedis.Connection, projector.Redis.Keys).ReadAsync(run, events.Count);
        Assert.Equal((events.Count, 0L, (long)events.Count), (outcomes.Applied, outcomes.Failed, outcomes.FirstPending));
    }

    [Fact]
    public async Task Run_counts_are_exact_when_runs_share_batches()
    {
        var runs = new[] { Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString("N") };
        var publishes = Enumerable.Range(0, 300)
            .Select(i => projector.PublishAsync(new MessageChanged($"m{i}", "r1", 1, null, false, Created), i % 3 == 2 ? null : runs[i % 3]));

        await Task.WhenAll(publishes);

        // The run counters move after the batch's writes, so they are what to wait for.
        await ProjectorUnderTest.EventuallyAsync(
            async () => await projector.AppliedAsync(runs[0]) + await projector.AppliedAsync(runs[1]) == 200, "200 counted events");
        Assert.Equal(100, await projector.AppliedAsync(runs[0]));
        Assert.Equal(100, await projector.AppliedAsync(runs[1]));
        Assert.Equal(0, await projector.FailedAsync(runs[0]) + await projector.FailedAsync(runs[1]));
        await ProjectorUnderTest.EventuallyAsync(
            async () => await projector.Redis.Database.HashGetAsync(projector.Redis.Keys.Room("r1"), "n") == 300, "300 counted messages");
    }

    private static RoomChanged Room(string id, long version, double? firstResponse = null) =>
        new(id, version, "l", Created, "d1", null, firstResponse, null, null);

    private async Task<string> DataAsync()
    {
        var lines = (await projector.Redis.DumpAsync()).Split('\n').Where(line => !line.Contains(":run:", StringComparison.Ordinal));
        return string.Join('\n', lines);
    }

    public async Task InitializeAsync() =>
        projector = await ProjectorUnderTest.StartAsync(new Dictionary<string, string?> { ["Projector:BatchTimeLimitMs"] = "500" });

    public async Task DisposeAsync() => await projector.DisposeAsync();
}
