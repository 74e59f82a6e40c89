using OmniCharts.Contracts;
using OmniCharts.IntegrationTests.ReadModel;
using OmniCharts.Projector.Messaging;
using OmniCharts.Projector.Rooms;
using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Runs;

namespace OmniCharts.IntegrationTests.Projector;

/// <summary>
/// Envelopes (several events in one message) on the real broker: their events apply as if they had come one by
/// one, and a bad event in an envelope ends alone in the single-event error queue with its own reason.
/// </summary>
public sealed class ProjectorEnvelopeTests : IAsyncLifetime
{
    private const int RoomCount = 12;
    private static readonly DateTimeOffset Created = DateTimeOffset.FromUnixTimeMilliseconds(Rooms.Ts);
    private ProjectorUnderTest projector = null!;

    [Fact]
    public async Task Malformed_event_in_an_envelope_goes_to_the_error_queue_with_its_reason_while_the_others_apply()
    {
        var run = Guid.NewGuid().ToString("N");
        var rooms = Enumerable.Range(0, RoomCount).Select(i => Room($"r{i}", 1)).ToList();
        rooms.Insert(RoomCount / 2, Room("bad", -2));

        await projector.PublishAsync(new RoomChangedEnvelope(rooms), run);

        var fault = await ProjectorUnderTest.TakeAsync(projector.QueueOf<RoomChangedConsumer>() + "_error");
        Assert.Contains("RoomChanged bad: SourceVersion -2 is negative", fault["MT-Fault-Message"], StringComparison.Ordinal);
        Assert.Contains(nameof(MalformedEventException), fault["MT-Fault-ExceptionType"], StringComparison.Ordinal);
        await ProjectorUnderTest.EventuallyAsync(async () => await projector.FailedAsync(run) == 1, "the malformed event counted");
        await ProjectorUnderTest.EventuallyAsync(async () => await projector.AppliedAsync(run) == RoomCount, "the good events counted");
        Assert.Equal(0u, await ProjectorUnderTest.CountAsync(projector.QueueOf<RoomChangedEnvelopeConsumer>() + "_error"));
        Assert.Equal(RoomCount, (await projector.Redis.SlotAsync(SeriesScope.AllRooms, Rooms.Ts))["n"]);
    }

    [Fact]
    public async Task Envelope_whose_event_keeps_failing_is_split_so_that_only_that_event_lands_in_the_error_queue()
    {
        var run = Guid.NewGuid().ToString("N");
        await projector.Redis.Database.StringSetAsync(projector.Redis.Keys.Room("broken"), "not a hash");
        var rooms = Enumerable.Range(0, RoomCount).Select(i => Room($"r{i}", 1)).Append(Room("broken", 1)).ToList();

        await projector.PublishAsync(new RoomChangedEnvelope(rooms), run);

        var fault = await ProjectorUnderTest.TakeAsync(projector.QueueOf<RoomChangedConsumer>() + "_error");
        Assert.Contains("WRONGTYPE", fault["MT-Fault-Message"], StringComparison.Ordinal);
        await ProjectorUnderTest.EventuallyAsync(async () => await projector.AppliedAsync(run) == RoomCount, "the good events counted");
        Assert.Equal(1, await projector.FailedAsync(run));
        Assert.Equal(0u, await ProjectorUnderTest.CountAsync(projector.QueueOf<RoomChangedEnvelopeConsumer>() + "_error"));
        Assert.Equal(RoomCount, (await projector.Redis.SlotAsync(SeriesScope.AllRooms, Rooms.Ts))["n"]);
    }

    [Fact]
    public async Task Envelope_delivered_again_with_a_malformed_event_counts_each_event_once()
    {
        var run = Guid.NewGuid().ToString("N");
        var rooms = Enumerable.Range(0, RoomCount).Select(i => Room($"r{i}", 1)).ToList();
        rooms.Insert(3, Room("bad", -1));
        var envelope = new RoomChangedEnvelope(rooms);

        await projector.PublishNumberedAsync(envelope, run, new RunNumbers(0, rooms.Count));
        await ProjectorUnderTest.EventuallyAsync(async () => (await projector.RunAsync(run)).Done == rooms.Count, "every event of the envelope marked");
        // The same envelope with the same numbers, as the broker redelivers it: its malformed event is rejected again.
        await projector.PublishNumberedAsync(envelope, run, new RunNumbers(0, rooms.Count));
        // Both copies of the malformed event in the error queue: the redelivered envelope was consumed all through.
        var errors = projector.QueueOf<RoomChangedConsumer>() + "_error";
        await ProjectorUnderTest.EventuallyAsync(async () => await ProjectorUnderTest.CountAsync(errors) == 2, "both copies of the malformed event in the error queue");

        var outcomes = await projector.RunAsync(run);
        Assert.Equal((RoomCount, 1L, (long)rooms.Count), (outcomes.Applied, outcomes.Failed, outcomes.FirstPending));
    }

    [Fact]
    public async Task Envelopes_delivered_again_change_nothing_and_leave_the_data_of_single_events()
    {
        await using var single = await ProjectorUnderTest.StartAsync();
        var run = Guid.NewGuid().ToString("N");
        var rooms = Enumerable.Range(0, RoomCount).Select(i => Room($"r{i}", 1 + (i % 3), firstResponse: 2 + i)).ToList();
        var messages = Enumerable.Range(0, 30).Select(i => new MessageChanged($"m{i}", $"r{i % 5}", 1, i % 4 == 0 ? "uj" : null, false, Created)).ToList();
        var envelopes = new object[] { new RoomChangedEnvelope(rooms), new MessageChangedEnvelope(messages) };
        var count = rooms.Count + messages.Count;

        await Task.WhenAll(envelopes.Concat(envelopes).Select(e => projector.PublishAsync(e, run)));
        await Task.WhenAll(rooms.Cast<object>().Concat(messages).Select(e => single.PublishAsync(e, run)));

        await ProjectorUnderTest.EventuallyAsync(async () => await projector.AppliedAsync(run) == 2 * count, "both deliveries of the envelopes");
        await ProjectorUnderTest.EventuallyAsync(
            async () => await single.AppliedAsync(run) == count, "the single events");
        var expected = await DataAsync(single);
        Assert.Contains(":all:slot:", expected, StringComparison.Ordinal);
        Assert.Equal(expected, await DataAsync(projector));
        Assert.Equal(0, await projector.FailedAsync(run));
    }

    private static RoomChanged Room(string id, long version, double? firstResponse = null) =>
        new(id, version, "l", Created, "d1", null, firstResponse, null, null);

    private static async Task<string> DataAsync(ProjectorUnderTest instance)
    {
        var lines = (await instance.Redis.DumpAsync()).Split('\n').Where(line => !line.Contains(":run:", StringComparison.Ordinal));
        return string.Join('\n', lines).Replace(instance.Redis.Prefix, "P", StringComparison.Ordinal);
    }

    public async Task InitializeAsync() => projector = await ProjectorUnderTest.StartAsync();

    public async Task DisposeAsync() => await projector.DisposeAsync();
}
