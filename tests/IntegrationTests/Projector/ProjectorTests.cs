using OmniCharts.Contracts;
using OmniCharts.IntegrationTests.ReadModel;
using OmniCharts.Projector.Messaging;
using OmniCharts.Projector.Rooms;
using OmniCharts.ReadModel.Keys;

namespace OmniCharts.IntegrationTests.Projector;

public sealed class ProjectorTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Created = DateTimeOffset.FromUnixTimeMilliseconds(Rooms.Ts);
    private ProjectorUnderTest projector = null!;

    [Fact]
    public async Task Published_room_and_messages_reach_the_buckets_and_the_run_counts_them()
    {
        var run = Guid.NewGuid().ToString("N");
        await projector.PublishAsync(Room("r1", 1, "d1", firstResponse: 4.5), run);
        await projector.PublishAsync(new MessageChanged("m1", "r1", 1, null, false, Created), run);
        await projector.PublishAsync(new MessageChanged("m2", "r1", 1, null, false, Created), run);
        await projector.PublishAsync(new MessageChanged("m3", "r1", 1, "uj", false, Created), run);

        await ProjectorUnderTest.EventuallyAsync(async () => await projector.AppliedAsync(run) == 4, "4 applied events");

        var slot = await projector.Redis.SlotAsync(SeriesScope.Department("d1"), Rooms.Ts);
        Assert.Equal(Rooms.Expected(("n", 1), ("msg", 2), ("ft.s", 4_500), ("ft.c", 1), ("ft.min", 4_500)), slot);
        Assert.Equal(0, await projector.FailedAsync(run));
    }

    [Fact]
    public async Task Malformed_event_lands_in_the_error_queue_with_its_reason_and_later_events_still_apply()
    {
        var run = Guid.NewGuid().ToString("N");
        await projector.PublishAsync(Room("bad", -1, null), run);
        await projector.PublishAsync(Room("good", 1, null), run);

        await ProjectorUnderTest.EventuallyAsync(async () => await projector.AppliedAsync(run) == 1, "the good event");
        var fault = await ProjectorUnderTest.TakeAsync(projector.QueueOf<RoomChangedConsumer>() + "_error");

        Assert.Contains("SourceVersion -1 is negative", fault["MT-Fault-Message"], StringComparison.Ordinal);
        Assert.Contains(nameof(MalformedEventException), fault["MT-Fault-ExceptionType"], StringComparison.Ordinal);
        Assert.Equal(1, await projector.FailedAsync(run));
        Assert.Equal(1, (await projector.Redis.SlotAsync(SeriesScope.AllRooms, Rooms.Ts))["n"]);
    }

    [Fact]
    public async Task Event_that_keeps_failing_is_retried_then_counted_once_as_failed()
    {
        var run = Guid.NewGuid().ToString("N");
        // A room key of the wrong type makes every attempt fail inside Redis, like a fault that never clears.
        await projector.Redis.Database.StringSetAsync(projector.Redis.Keys.Room("broken"), "not a hash");

        await projector.PublishAsync(Room("broken", 1, null), run);

        var fault = await ProjectorUnderTest.TakeAsync(projector.QueueOf<RoomChangedConsumer>() + "_error");
        Assert.Contains("WRONGTYPE", fault["MT-Fault-Message"], StringComparison.Ordinal);
        Assert.Equal(1, await projector.FailedAsync(run));
        Assert.Equal(0, await projector.AppliedAsync(run));
    }

    [Fact]
    public async Task Duplicate_and_stale_events_count_as_applied_and_change_nothing()
    {
        var run = Guid.NewGuid().ToString("N");
        await projector.PublishAsync(Room("r1", 2, "d1", firstResponse: 3), run);
        await ProjectorUnderTest.EventuallyAsync(async () => await projector.AppliedAsync(run) == 1, "the first event");

        await projector.PublishAsync(Room("r1", 2, "d1", firstResponse: 3), run);
        await projector.PublishAsync(Room("r1", 1, "d2", firstResponse: 1), run);
        await ProjectorUnderTest.EventuallyAsync(async () => await projector.AppliedAsync(run) == 3, "all three events");

        Assert.Equal(Rooms.Expected(("n", 1), ("msg", 1), ("ft.s", 3_000), ("ft.c", 1), ("ft.min", 3_000)),
            await projector.Redis.DayAsync(SeriesScope.Department("d1"), Rooms.Ts));
        Assert.Empty(await projector.Redis.DayAsync(SeriesScope.Department("d2"), Rooms.Ts));
    }

    [Fact]
    public async Task Deletions_remove_the_room_and_the_message_from_the_charts()
    {
        var run = Guid.NewGuid().ToString("N");
        await projector.PublishAsync(Room("r1", 1, null), run);
        await projector.PublishAsync(Room("r2", 1, null), run);
        await projector.PublishAsync(new MessageChanged("m1", "r2", 1, null, false, Created), run);
        await projector.PublishAsync(new MessageChanged("m2", "r2", 1, null, false, Created), run);
        await projector.PublishAsync(new RoomDeleted("r1", 5), run);
        await projector.PublishAsync(new MessageDeleted("m2", "r2", 5), run);

        await ProjectorUnderTest.EventuallyAsync(async () => await projector.AppliedAsync(run) == 6, "six applied events");

        Assert.Equal(Rooms.Expected(("n", 1), ("msg", 1)), await projector.Redis.SlotAsync(SeriesScope.AllRooms, Rooms.Ts));
    }

    [Fact]
    public async Task Users_permissions_and_settings_reach_their_hashes()
    {
        var run = Guid.NewGuid().ToString("N");
        await projector.PublishAsync(new UserChanged("u1", 1, ["livechat-manager"], ["hash-1"], 3), run);
        await projector.PublishAsync(new UserChanged("u2", 1, ["admin"], ["hash-2"], null), run);
        await projector.PublishAsync(new UserDeleted("u2", 2), run);
        await projector.PublishAsync(new PermissionChanged("view-livechat-manager", 1, ["admin", "livechat-manager"]), run);
        await projector.PublishAsync(new SettingChanged("Default_Timezone_For_Reporting", 1, "user"), run);

        await ProjectorUnderTest.EventuallyAsync(async () => await projector.AppliedAsync(run) == 5, "five applied events");

        var database = projector.Redis.Database;
        var keys = projector.Redis.Keys;
        Assert.Equal("livechat-manager", await database.HashGetAsync(keys.User("u1"), "roles"));
        Assert.Equal("3", await database.HashGetAsync(keys.User("u1"), "off"));
        Assert.True(await database.SetContainsAsync(keys.UserTokens("u1"), "hash-1"));
        Assert.False(await database.KeyExistsAsync(keys.UserTokens("u2")));
        Assert.Equal("admin\nlivechat-manager", await database.HashGetAsync(keys.Permission("view-livechat-manager"), "roles"));
        Assert.Equal("user", await database.HashGetAsync(keys.Setting("Default_Timezone_For_Reporting"), "val"));
    }

    [Fact]
    public async Task Events_in_any_arrival_order_with_redeliveries_leave_the_data_of_an_in_order_delivery()
    {
        await using var reordered = await ProjectorUnderTest.StartAsync();
        var events = BusHistory.Events;
        var shuffled = events.Reverse().Concat(events.Where((_, i) => i % 3 == 0)).ToList();
        var run = Guid.NewGuid().ToString("N");

        await Task.WhenAll(events.Select(e => projector.PublishAsync(e, run)));
        await Task.WhenAll(shuffled.Select(e => reordered.PublishAsync(e, run)));

        await ProjectorUnderTest.EventuallyAsync(async () => await projector.AppliedAsync(run) == events.Count, "the in-order delivery");
        await ProjectorUnderTest.EventuallyAsync(async () => await reordered.AppliedAsync(run) == shuffled.Count, "the reordered delivery");
        var expected = await DataAsync(projector);
        Assert.Contains(":all:slot:", expected, StringComparison.Ordinal);
        Assert.Equal(expected, await DataAsync(reordered));
    }

    private static async Task<string> DataAsync(ProjectorUnderTest instance)
    {
        var lines = (await instance.Redis.DumpAsync()).Split('\n').Where(line => !line.Contains(":run:", StringComparison.Ordinal));
        return string.Join('\n', lines).Replace(instance.Redis.Prefix, "P", StringComparison.Ordinal);
    }

    private static RoomChanged Room(string id, long version, string? department, double? firstResponse = null) =>
        new(id, version, "l", Created, department, null, firstResponse, null, null);

    public async Task InitializeAsync() => projector = await ProjectorUnderTest.StartAsync();

    public async Task DisposeAsync() => await projector.DisposeAsync();
}
