using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Writing;
using StackExchange.Redis;
using static OmniCharts.IntegrationTests.ReadModel.Rooms;

namespace OmniCharts.IntegrationTests.ReadModel;

/// <summary>The analytics overview's buckets: open and held rooms, the overview's message weight, Productivity, the agent families.</summary>
public sealed class OverviewBucketsTests : IAsyncLifetime
{
    private static readonly SeriesScope All = SeriesScope.AllRooms;
    private static readonly UtcSlot Slot = UtcSlot.Of(Ts);
    private readonly RedisNamespace redis = new();

    [Fact]
    public async Task Open_and_held_rooms_fill_their_buckets_and_leave_them_when_closed_or_resumed()
    {
        await redis.Writer.ApplyRoomAsync(Room("a", 1, dep: "d1", overview: Overview(open: true)));
        await redis.Writer.ApplyRoomAsync(Room("b", 1, overview: Overview(held: true)));
        Assert.Equal(Expected(("n", 2), ("msg", 2), ("op", 1), ("oh", 1), ("mo", 2)), await redis.SlotAsync(All, Ts, Metric.All));
        Assert.Equal(Expected(("n", 2), ("msg", 2), ("op", 1), ("oh", 1)), await redis.DayAsync(All, Ts, Metric.All));

        await redis.Writer.ApplyRoomAsync(Room("a", 2, dep: "d1", cd: 60_000));
        await redis.Writer.ApplyRoomAsync(Room("b", 2, overview: Overview(open: true)));

        Assert.Equal(Expected(("n", 2), ("msg", 2), ("op", 1), ("mo", 2), ("cd.s", 60_000), ("cd.c", 1)), await redis.SlotAsync(All, Ts, Metric.All));
        Assert.Equal(Expected(("n", 1), ("msg", 1), ("mo", 1), ("cd.s", 60_000), ("cd.c", 1)), await redis.SlotAsync(SeriesScope.Department("d1"), Ts, Metric.All));
    }

    [Fact]
    public async Task A_held_room_created_in_the_last_millisecond_of_its_slot_is_also_counted_apart()
    {
        var end = Slot.StartUnixMilliseconds + UtcSlot.Milliseconds - 1;
        await redis.Writer.ApplyRoomAsync(Room("a", 1, ts: end, overview: Overview(held: true)));
        await redis.Writer.ApplyRoomAsync(Room("b", 1, ts: end - 1, overview: Overview(held: true)));

        Assert.Equal(2, (await redis.SlotAsync(All, end, Metric.All))["oh"]);
        Assert.Equal(1, (await redis.SlotAsync(All, end, Metric.All))["oh.e"]);

        await redis.Writer.DeleteRoomAsync("a", 2);
        Assert.False((await redis.SlotAsync(All, end, Metric.All)).ContainsKey("oh.e"));
    }

    [Fact]
    public async Task Visitor_messages_weigh_in_the_overview_but_not_in_the_charts()
    {
        await redis.Writer.ApplyRoomAsync(Room("a", 1, overview: Overview(servedBy: "ana")));
        await redis.Writer.ApplyMessageAsync(VisitorMessage("a", "m1", 1));
        await redis.Writer.ApplyMessageAsync(VisitorMessage("a", "m2", 1));
        await redis.Writer.ApplyMessageAsync(Message("a", "m3", 1));
        await redis.Writer.ApplyMessageAsync(Message("a", "m4", 1));
        await redis.Writer.ApplyMessageAsync(Message("a", "m5", 1, counts: false));

        var slot = await redis.SlotAsync(All, Ts, Metric.All);
        Assert.Equal(2, slot["msg"]);
        Assert.Equal(4, slot["mo"]);
        Assert.Equal("1 2 0 0 0 0 0 0", await AgentAsync(AgentFamily.Served, "ana"));

        await redis.Writer.DeleteMessageAsync("a", "m4", 2);
        await redis.Writer.ApplyMessageAsync(Message("a", "m1", 2, counts: false));

        Assert.Equal(2, (await redis.SlotAsync(All, Ts, Metric.All))["mo"]);
        Assert.Equal("1 1 0 0 0 0 0 0", await AgentAsync(AgentFamily.Served, "ana"));
    }

    [Fact]
    public async Task Productivity_adds_null_as_zero_keeps_negative_values_and_counts_missing_fields_apart()
    {
        await redis.Writer.ApplyRoomAsync(Room("a", 1, ft: 4_000, ra: 2_000, overview: Overview(productivity: new(2_000, 4_000, 0))));
        await redis.Writer.ApplyRoomAsync(Room("b", 1, rt: 300, overview: Overview(productivity: new(-500, null, 300))));
        await redis.Writer.ApplyRoomAsync(Room("c", 1, ft: 9_000));

        // Kept as differences from the chart sums: rooms 2 = rt.c 1 + 1; response.avg 1,500 = ra.s 2,000 − 500;
        // response.ft 4,000 = ft.s 13,000 − 9,000 (room c has no reaction); reaction.ft 300 = rt.s 300.
        Assert.Equal(Expected(("n", 3), ("msg", 3), ("mo", 3), ("ft.s", 13_000), ("ft.c", 2), ("ft.min", 4_000), ("ra.s", 2_000), ("ra.c", 1),
            ("rt.s", 300), ("rt.c", 1), ("pr.c.d", 1), ("pr.ra.d", -500), ("pr.ft.d", -9_000), ("pr.ft.x", 1)), await redis.SlotAsync(All, Ts, Metric.All));
        // Only values a chart metric does not hold are kept in the room hash.
        Assert.Equal(["pr=1"], await RoomFieldsAsync("a", "pr"));
        Assert.Equal(["pr=1", "pra=-500", "prf=x"], await RoomFieldsAsync("b", "pr"));

        // b leaves Productivity but keeps its reaction: rooms 1 = rt.c 1 + 0; reaction.ft 0 = rt.s 300 − 300.
        await redis.Writer.ApplyRoomAsync(Room("b", 2, rt: 300));
        Assert.Equal(Expected(("pr.ft.d", -9_000), ("pr.rt.d", -300)),
            (await redis.SlotAsync(All, Ts, Metric.All)).Where(p => p.Key.StartsWith("pr.", StringComparison.Ordinal)).ToDictionary());
    }

    [Fact]
    public async Task A_room_transferred_to_another_agent_moves_all_its_numbers()
    {
        await redis.Writer.ApplyRoomAsync(Room("a", 1, cd: 60_000, ra: 2_000, overview: Overview(servedBy: "ana")));
        await redis.Writer.ApplyRoomAsync(Room("b", 1, cd: 30_000, overview: Overview(servedBy: "ana")));
        await redis.Writer.ApplyMessageAsync(Message("a", "m1", 1));
        await redis.Writer.ApplyMessageAsync(Message("a", "m2", 1));
        Assert.Equal("2 3 90000 2 2000 1 0 0", await AgentAsync(AgentFamily.Served, "ana"));

        await redis.Writer.ApplyRoomAsync(Room("a", 2, cd: 60_000, ra: 2_000, overview: Overview(servedBy: "bo")));

        Assert.Equal("1 1 30000 1 0 0 0 0", await AgentAsync(AgentFamily.Served, "ana"));
        Assert.Equal("1 2 60000 1 2000 1 0 0", await AgentAsync(AgentFamily.Served, "bo"));
        Assert.Equal("1 2 60000 1 2000 1 0 0", await AgentDayAsync(AgentFamily.Served, "bo"));

        await redis.Writer.DeleteRoomAsync("b", 2);
        Assert.Null(await AgentAsync(AgentFamily.Served, "ana"));
    }

    [Fact]
    public async Task An_agents_minimum_first_response_survives_the_removal_of_its_fastest_room()
    {
        var morning = Ts - (6 * 3_600_000);
        await redis.Writer.ApplyRoomAsync(Room("a", 1, ts: morning, ft: 2_000, overview: Overview(responseBy: "ana")));
        await redis.Writer.ApplyRoomAsync(Room("b", 1, ft: 5_000, overview: Overview(responseBy: "ana")));
        await redis.Writer.ApplyRoomAsync(Room("c", 1, ft: 7_000, overview: Overview(responseBy: "ana")));
        await redis.Writer.ApplyRoomAsync(Room("d", 1, ft: 1_000, overview: Overview(responseBy: "anab")));
        Assert.Equal("14000 3 2000", await AgentDayAsync(AgentFamily.FirstResponse, "ana"));
        Assert.Equal("12000 2 5000", await AgentAsync(AgentFamily.FirstResponse, "ana"));

        await redis.Writer.DeleteRoomAsync("a", 2);
        Assert.Equal("12000 2 5000", await AgentDayAsync(AgentFamily.FirstResponse, "ana"));

        // The first responder changes: the room leaves ana's minimum and joins bo's.
        await redis.Writer.ApplyRoomAsync(Room("b", 2, ft: 5_000, overview: Overview(responseBy: "bo")));
        Assert.Equal("7000 1 7000", await AgentAsync(AgentFamily.FirstResponse, "ana"));
        Assert.Equal("5000 1 5000", await AgentDayAsync(AgentFamily.FirstResponse, "bo"));
        Assert.Equal("1000 1 1000", await AgentAsync(AgentFamily.FirstResponse, "anab"));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await redis.DisposeAsync();

    private async Task<string?> AgentAsync(string family, string agent) =>
        await redis.Database.HashGetAsync(redis.Keys.AgentSlotTotals(All, family, Slot.Day), RedisKeySchema.AgentSlotField(Slot.Index, agent));

    private async Task<string?> AgentDayAsync(string family, string agent) =>
        await redis.Database.HashGetAsync(redis.Keys.AgentDayTotals(All, family, Slot.Day), RedisKeySchema.AgentDayField(Slot.Day, agent));

    private async Task<string[]> RoomFieldsAsync(string roomId, string prefix) =>
        [.. (await redis.Database.HashGetAllAsync(redis.Keys.Room(roomId)))
            .Where(e => e.Name.ToString().StartsWith(prefix, StringComparison.Ordinal)).Select(e => $"{e.Name}={e.Value}").Order(StringComparer.Ordinal)];
}
