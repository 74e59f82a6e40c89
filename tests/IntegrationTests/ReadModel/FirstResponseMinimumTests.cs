using OmniCharts.ReadModel.Keys;
using static OmniCharts.IntegrationTests.ReadModel.Rooms;

namespace OmniCharts.IntegrationTests.ReadModel;

public sealed class FirstResponseMinimumTests : IAsyncLifetime
{
    private static readonly SeriesScope D1 = SeriesScope.Department("d1");
    private static readonly long Morning = Ts - (6 * 3_600_000);
    private readonly RedisNamespace redis = new();

    [Fact]
    public async Task Minimum_rises_when_the_fastest_room_gets_slower()
    {
        await redis.Writer.ApplyRoomAsync(Room("a", 1, ft: 2_000));
        await redis.Writer.ApplyRoomAsync(Room("b", 1, ft: 5_000));
        Assert.Equal(2_000, await MinAsync(SeriesScope.AllRooms, Ts));

        await redis.Writer.ApplyRoomAsync(Room("a", 2, ft: 9_000));

        Assert.Equal(5_000, await MinAsync(SeriesScope.AllRooms, Ts));
    }

    [Fact]
    public async Task Minimum_follows_the_fastest_room_when_it_is_transferred()
    {
        await redis.Writer.ApplyRoomAsync(Room("a", 1, dep: "d1", ft: 2_000));
        await redis.Writer.ApplyRoomAsync(Room("b", 1, dep: "d1", ft: 5_000));

        await redis.Writer.ApplyRoomAsync(Room("a", 2, dep: "d2", ft: 2_000));

        Assert.Equal(5_000, await MinAsync(D1, Ts));
        Assert.Equal(2_000, await MinAsync(SeriesScope.Department("d2"), Ts));
        Assert.Equal(2_000, await MinAsync(SeriesScope.AllRooms, Ts));
    }

    [Fact]
    public async Task Day_minimum_comes_from_the_remaining_slots_when_the_fastest_room_is_deleted()
    {
        await redis.Writer.ApplyRoomAsync(Room("a", 1, ts: Morning, ft: 2_000));
        await redis.Writer.ApplyRoomAsync(Room("b", 1, ft: 5_000));
        Assert.Equal(2_000, (await redis.DayAsync(SeriesScope.AllRooms, Ts))["ft.min"]);

        await redis.Writer.DeleteRoomAsync("a", 2);

        Assert.Equal(5_000, (await redis.DayAsync(SeriesScope.AllRooms, Ts))["ft.min"]);
        Assert.False((await redis.SlotAsync(SeriesScope.AllRooms, Morning)).ContainsKey("ft.min"));
        Assert.Equal(5_000, (await redis.SlotAsync(SeriesScope.AllRooms, Ts))["ft.min"]);
    }

    [Fact]
    public async Task Equal_minimums_of_two_rooms_survive_the_removal_of_one()
    {
        await redis.Writer.ApplyRoomAsync(Room("a", 1, ft: 3_000));
        await redis.Writer.ApplyRoomAsync(Room("b", 1, ft: 3_000));
        await redis.Writer.ApplyRoomAsync(Room("c", 1, ft: 70_000));

        await redis.Writer.ApplyRoomAsync(Room("a", 2));

        Assert.Equal(3_000, await MinAsync(SeriesScope.AllRooms, Ts));
    }

    [Fact]
    public async Task Minimum_disappears_with_the_last_first_response()
    {
        await redis.Writer.ApplyRoomAsync(Room("a", 1, ft: 3_000, cd: 4_000));

        await redis.Writer.ApplyRoomAsync(Room("a", 2, cd: 4_000));

        Assert.Equal(Expected(("n", 1), ("msg", 1), ("cd.s", 4_000), ("cd.c", 1)), await redis.DayAsync(SeriesScope.AllRooms, Ts));
        Assert.DoesNotContain(":ftidx:", await redis.DumpAsync(), StringComparison.Ordinal);
    }

    /// <summary>The slot minimum, after checking that the day agrees (every room of these tests is in one slot).</summary>
    private async Task<long> MinAsync(SeriesScope scope, long ts)
    {
        var slot = (await redis.SlotAsync(scope, ts))["ft.min"];
        Assert.Equal(slot, (await redis.DayAsync(scope, ts))["ft.min"]);
        return slot;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await redis.DisposeAsync();
}
