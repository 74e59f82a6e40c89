using OmniCharts.ReadModel.Keys;
using static OmniCharts.IntegrationTests.ReadModel.Rooms;

namespace OmniCharts.IntegrationTests.ReadModel;

public sealed class ApplyRoomTests : IAsyncLifetime
{
    private static readonly SeriesScope D1 = SeriesScope.Department("d1");
    private readonly RedisNamespace redis = new();

    [Fact]
    public async Task New_room_adds_its_contribution_to_all_and_its_department_in_day_and_slot()
    {
        Assert.True(await redis.Writer.ApplyRoomAsync(Room("r1", 1, dep: "d1", cd: 60_000, ft: 5_000, ra: 3_000, rt: 1_000)));

        var expected = Expected(("n", 1), ("msg", 1), ("cd.s", 60_000), ("cd.c", 1), ("ft.s", 5_000), ("ft.c", 1),
            ("ft.min", 5_000), ("ra.s", 3_000), ("ra.c", 1), ("rt.s", 1_000), ("rt.c", 1));
        foreach (var scope in new[] { SeriesScope.AllRooms, D1 })
        {
            Assert.Equal(expected, await redis.SlotAsync(scope, Ts));
            Assert.Equal(expected, await redis.DayAsync(scope, Ts));
        }
    }

    [Fact]
    public async Task Duplicate_room_change_is_applied_once()
    {
        await redis.Writer.ApplyRoomAsync(Room("r1", 1, ft: 5_000));
        var before = await redis.DumpAsync();

        Assert.False(await redis.Writer.ApplyRoomAsync(Room("r1", 1, ft: 5_000)));
        Assert.Equal(before, await redis.DumpAsync());
    }

    [Fact]
    public async Task Stale_room_change_changes_nothing()
    {
        await redis.Writer.ApplyRoomAsync(Room("r1", 2, ft: 5_000));
        var before = await redis.DumpAsync();

        Assert.False(await redis.Writer.ApplyRoomAsync(Room("r1", 1, dep: "d1", ft: 9_000)));
        Assert.Equal(before, await redis.DumpAsync());
    }

    [Fact]
    public async Task Metric_update_replaces_the_old_values()
    {
        await redis.Writer.ApplyRoomAsync(Room("r1", 1, ft: 5_000, ra: 2_000));
        await redis.Writer.ApplyRoomAsync(Room("r2", 1, ft: 8_000));

        await redis.Writer.ApplyRoomAsync(Room("r1", 2, ft: 7_000, rt: 400));

        var expected = Expected(("n", 2), ("msg", 2), ("ft.s", 15_000), ("ft.c", 2), ("ft.min", 7_000), ("rt.s", 400), ("rt.c", 1));
        Assert.Equal(expected, await redis.SlotAsync(SeriesScope.AllRooms, Ts));
        Assert.Equal(expected, await redis.DayAsync(SeriesScope.AllRooms, Ts));
    }

    [Fact]
    public async Task Reopened_room_keeps_its_chat_duration_until_the_source_drops_it()
    {
        await redis.Writer.ApplyRoomAsync(Room("r1", 1, cd: 60_000));
        await redis.Writer.ApplyRoomAsync(Room("r1", 2, cd: 60_000, ra: 1_000));
        Assert.Equal(Expected(("n", 1), ("msg", 1), ("cd.s", 60_000), ("cd.c", 1), ("ra.s", 1_000), ("ra.c", 1)),
            await redis.SlotAsync(SeriesScope.AllRooms, Ts));

        await redis.Writer.ApplyRoomAsync(Room("r1", 3, ra: 1_000));
        Assert.Equal(Expected(("n", 1), ("msg", 1), ("ra.s", 1_000), ("ra.c", 1)), await redis.DayAsync(SeriesScope.AllRooms, Ts));
    }

    [Fact]
    public async Task Transfer_moves_the_room_and_its_messages_to_the_new_department_at_its_original_time()
    {
        await redis.Writer.ApplyRoomAsync(Room("r1", 1, dep: "d1", ft: 5_000));
        foreach (var id in new[] { "m1", "m2", "m3" })
            await redis.Writer.ApplyMessageAsync(Message("r1", id, 1));

        await redis.Writer.ApplyRoomAsync(Room("r1", 2, dep: "d2", ft: 5_000));

        var expected = Expected(("n", 1), ("msg", 3), ("ft.s", 5_000), ("ft.c", 1), ("ft.min", 5_000));
        Assert.Empty(await redis.SlotAsync(D1, Ts));
        Assert.Empty(await redis.DayAsync(D1, Ts));
        Assert.Equal(expected, await redis.SlotAsync(SeriesScope.Department("d2"), Ts));
        Assert.Equal(expected, await redis.DayAsync(SeriesScope.AllRooms, Ts));
    }

    [Fact]
    public async Task Department_removal_leaves_the_room_only_in_all()
    {
        await redis.Writer.ApplyRoomAsync(Room("r1", 1, dep: "d1", cd: 1_000));

        await redis.Writer.ApplyRoomAsync(Room("r1", 2, cd: 1_000));

        Assert.Empty(await redis.DayAsync(D1, Ts));
        Assert.Equal(Expected(("n", 1), ("msg", 1), ("cd.s", 1_000), ("cd.c", 1)), await redis.DayAsync(SeriesScope.AllRooms, Ts));
    }

    [Fact]
    public async Task Room_that_is_not_omnichannel_never_contributes()
    {
        await redis.Writer.ApplyMessageAsync(Message("r1", "m1", 1));
        await redis.Writer.ApplyRoomAsync(Room("r1", 1, dep: "d1", ft: 5_000, omnichannel: false));
        await redis.Writer.ApplyMessageAsync(Message("r1", "m2", 1));

        var dump = await redis.DumpAsync();
        Assert.DoesNotContain(":all:", dump, StringComparison.Ordinal);
        Assert.DoesNotContain(":dep:", dump, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleted_room_leaves_every_bucket_and_ignores_older_changes()
    {
        await redis.Writer.ApplyRoomAsync(Room("r1", 1, dep: "d1", cd: 1_000, ft: 2_000));
        await redis.Writer.ApplyMessageAsync(Message("r1", "m1", 1));

        Assert.True(await redis.Writer.DeleteRoomAsync("r1", 5));
        Assert.False(await redis.Writer.ApplyRoomAsync(Room("r1", 3, dep: "d1", ft: 2_000)));

        var dump = await redis.DumpAsync();
        Assert.DoesNotContain(":all:", dump, StringComparison.Ordinal);
        Assert.DoesNotContain(":dep:", dump, StringComparison.Ordinal);
        Assert.Equal("5", await redis.Database.HashGetAsync(redis.Keys.Room("r1"), RoomField.Version));
        Assert.Equal("1", await redis.Database.HashGetAsync(redis.Keys.Room("r1"), RoomField.Deleted));
    }

    [Fact]
    public async Task Fields_that_fall_to_zero_are_removed()
    {
        await redis.Writer.ApplyRoomAsync(Room("r1", 1, ft: 2_000));
        await redis.Writer.ApplyRoomAsync(Room("r2", 1, ft: 3_000, cd: 9_000));

        await redis.Writer.ApplyRoomAsync(Room("r2", 2, ft: 3_000));

        var day = UtcSlot.Of(Ts).Day;
        Assert.False(await redis.Database.KeyExistsAsync(redis.Keys.SlotTotals(SeriesScope.AllRooms, Metric.ChatDurationSum, day)));
        Assert.False(await redis.Database.KeyExistsAsync(redis.Keys.DayTotals(SeriesScope.AllRooms, Metric.ChatDurationCount, day)));
        Assert.Equal(2, (await redis.SlotAsync(SeriesScope.AllRooms, Ts))[Metric.FirstResponseCount]);
    }

    [Fact]
    public async Task Versions_beyond_double_precision_still_order_exactly()
    {
        // 2^53 + 1 and 2^53 are the same double: a numeric comparison in Lua would call the second a duplicate.
        Assert.True(await redis.Writer.ApplyRoomAsync(Room("r1", 9_007_199_254_740_992, ft: 1_000)));
        Assert.True(await redis.Writer.ApplyRoomAsync(Room("r1", 9_007_199_254_740_993, ft: 2_000)));
        Assert.False(await redis.Writer.ApplyRoomAsync(Room("r1", 9_007_199_254_740_992, ft: 3_000)));

        Assert.Equal(2_000, (await redis.SlotAsync(SeriesScope.AllRooms, Ts))["ft.min"]);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await redis.DisposeAsync();
}
