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

    [Fact]
    public async Task Day_minimum_is_the_least_live_first_response_after_every_change()
    {
        // Rooms spread over a few slots of one day get faster, slower, move between slots and get deleted, in a
        // seeded order; the day minimum is maintained incrementally, so it is checked against the truth each time.
        var random = new Random(20261124);
        var dayStart = Ts - (Ts % 86_400_000);
        var live = new Dictionary<string, long>();
        for (var step = 1; step <= 80; step++)
        {
            var id = "r" + random.Next(12);
            if (random.Next(6) == 0)
            {
                await redis.Writer.DeleteRoomAsync(id, step);
                live.Remove(id);
            }
            else
            {
                var ft = 1_000 * random.Next(1, 40);
                await redis.Writer.ApplyRoomAsync(Room(id, step, ts: dayStart + (random.Next(4) * 3 * 3_600_000), ft: ft));
                live[id] = ft;
            }

            var day = await redis.DayAsync(SeriesScope.AllRooms, dayStart);
            Assert.Equal<long?>(live.Count == 0 ? null : live.Values.Min(), day.TryGetValue("ft.min", out var min) ? min : null);
        }
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
