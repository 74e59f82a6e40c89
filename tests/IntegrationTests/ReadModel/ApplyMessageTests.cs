using OmniCharts.ReadModel.Keys;
using static OmniCharts.IntegrationTests.ReadModel.Rooms;

namespace OmniCharts.IntegrationTests.ReadModel;

public sealed class ApplyMessageTests : IAsyncLifetime
{
    private readonly RedisNamespace redis = new();

    [Fact]
    public async Task Messages_that_arrive_before_their_room_count_once_it_arrives()
    {
        await redis.Writer.ApplyMessageAsync(Message("r1", "m1", 1));
        await redis.Writer.ApplyMessageAsync(Message("r1", "m2", 1));
        await redis.Writer.ApplyMessageAsync(Message("r1", "m3", 1, counts: false));

        await redis.Writer.ApplyRoomAsync(Room("r1", 1, dep: "d1"));

        Assert.Equal(2, (await redis.SlotAsync(SeriesScope.Department("d1"), Ts))["msg"]);
        Assert.Equal(2, (await redis.DayAsync(SeriesScope.AllRooms, Ts))["msg"]);
    }

    [Fact]
    public async Task Room_without_counted_messages_still_adds_one()
    {
        await redis.Writer.ApplyRoomAsync(Room("r1", 1));
        await redis.Writer.ApplyMessageAsync(Message("r1", "m1", 1, counts: false));

        Assert.Equal(1, (await redis.SlotAsync(SeriesScope.AllRooms, Ts))["msg"]);
    }

    [Fact]
    public async Task Duplicate_message_is_counted_once()
    {
        await redis.Writer.ApplyRoomAsync(Room("r1", 1));
        await redis.Writer.ApplyMessageAsync(Message("r1", "m1", 1));
        await redis.Writer.ApplyMessageAsync(Message("r1", "m2", 1));

        Assert.False(await redis.Writer.ApplyMessageAsync(Message("r1", "m2", 1)));
        Assert.Equal(2, (await redis.SlotAsync(SeriesScope.AllRooms, Ts))["msg"]);
    }

    [Fact]
    public async Task Message_that_gains_a_type_stops_counting()
    {
        await redis.Writer.ApplyRoomAsync(Room("r1", 1, dep: "d1"));
        foreach (var id in new[] { "m1", "m2", "m3" })
            await redis.Writer.ApplyMessageAsync(Message("r1", id, 1));

        Assert.True(await redis.Writer.ApplyMessageAsync(Message("r1", "m2", 2, counts: false)));

        Assert.Equal(2, (await redis.DayAsync(SeriesScope.Department("d1"), Ts))["msg"]);
        Assert.Equal(2, (await redis.SlotAsync(SeriesScope.AllRooms, Ts))["msg"]);
    }

    [Fact]
    public async Task Deleted_message_stops_counting_and_an_older_update_of_it_changes_nothing()
    {
        await redis.Writer.ApplyRoomAsync(Room("r1", 1));
        foreach (var id in new[] { "m1", "m2", "m3" })
            await redis.Writer.ApplyMessageAsync(Message("r1", id, 1));

        Assert.True(await redis.Writer.DeleteMessageAsync("r1", "m3", 5));
        Assert.False(await redis.Writer.ApplyMessageAsync(Message("r1", "m3", 4)));
        Assert.False(await redis.Writer.DeleteMessageAsync("r1", "m3", 5));

        Assert.Equal(2, (await redis.SlotAsync(SeriesScope.AllRooms, Ts))["msg"]);
        Assert.Equal(2, (long)await redis.Database.HashGetAsync(redis.Keys.Room("r1"), RoomField.CountedMessages));
    }

    [Fact]
    public async Task Messages_of_a_room_that_is_not_omnichannel_are_not_kept()
    {
        await redis.Writer.ApplyRoomAsync(Room("c1", 1, omnichannel: false));

        Assert.False(await redis.Writer.ApplyMessageAsync(Message("c1", "m1", 1)));
        Assert.False(await redis.Writer.DeleteMessageAsync("c1", "m2", 2));

        Assert.Equal($"{redis.Keys.Root}room:c1 => Hash: l=0 | v=1" + Environment.NewLine, await redis.DumpAsync());
    }

    [Fact]
    public async Task Messages_that_arrive_before_a_team_room_wait_in_the_pending_set_and_leave_with_it()
    {
        await redis.Writer.ApplyMessageAsync(Message("c1", "m1", 1));
        await redis.Writer.ApplyMessageAsync(VisitorMessage("c1", "m2", 1));
        Assert.True(await redis.Database.SetContainsAsync(redis.Keys.PendingRooms, "c1"));
        Assert.Equal("1:1", (string?)await redis.Database.HashGetAsync(redis.Keys.RoomMessages("c1"), "m1"));

        await redis.Writer.ApplyRoomAsync(Room("c1", 3, omnichannel: false));

        Assert.Equal($"{redis.Keys.Root}room:c1 => Hash: l=0 | v=3" + Environment.NewLine, await redis.DumpAsync());
    }

    [Fact]
    public async Task An_omnichannel_room_takes_its_waiting_messages_out_of_the_pending_set()
    {
        await redis.Writer.ApplyMessageAsync(Message("r1", "m1", 1));
        await redis.Writer.ApplyRoomAsync(Room("r1", 2));

        Assert.False(await redis.Database.KeyExistsAsync(redis.Keys.PendingRooms));
        Assert.Equal(1, (await redis.SlotAsync(SeriesScope.AllRooms, Ts))["msg"]);
    }

    [Fact]
    public async Task A_deleted_room_keeps_no_messages_whether_they_arrive_before_or_after_the_deletion()
    {
        await redis.Writer.ApplyRoomAsync(Room("r1", 1));
        await redis.Writer.ApplyMessageAsync(Message("r1", "m1", 1));
        await redis.Writer.DeleteRoomAsync("r1", 9);
        Assert.False(await redis.Writer.ApplyMessageAsync(Message("r1", "m2", 2)));

        Assert.Equal($"{redis.Keys.Root}room:r1 => Hash: del=1 | v=9" + Environment.NewLine, await redis.DumpAsync());
    }

    [Fact]
    public async Task A_visitor_message_counts_only_in_the_overview_total()
    {
        await redis.Writer.ApplyRoomAsync(Room("r1", 1));
        await redis.Writer.ApplyMessageAsync(VisitorMessage("r1", "v1", 1));
        await redis.Writer.ApplyMessageAsync(Message("r1", "a1", 1));
        await redis.Writer.ApplyMessageAsync(Message("r1", "s1", 1, counts: false));

        var room = (await redis.Database.HashGetAllAsync(redis.Keys.Room("r1"))).ToDictionary(e => e.Name.ToString(), e => e.Value.ToString());
        Assert.Equal(("1", "2"), (room["n"], room["m"]));

        await redis.Writer.ApplyMessageAsync(Message("r1", "v1", 2, counts: false));
        Assert.Equal("1", (string?)await redis.Database.HashGetAsync(redis.Keys.Room("r1"), "m"));
    }

    [Fact]
    public async Task A_message_without_updated_at_is_the_oldest_version()
    {
        await redis.Writer.ApplyRoomAsync(Room("r1", 1));
        Assert.True(await redis.Writer.ApplyMessageAsync(Message("r1", "m1", 0)));
        Assert.False(await redis.Writer.ApplyMessageAsync(Message("r1", "m1", 0, counts: false)));
        Assert.True(await redis.Writer.ApplyMessageAsync(Message("r1", "m1", 1, counts: false)));

        Assert.Equal(1, (await redis.SlotAsync(SeriesScope.AllRooms, Ts))["msg"]);
        Assert.False(await redis.Database.HashExistsAsync(redis.Keys.Room("r1"), RoomField.CountedMessages));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await redis.DisposeAsync();
}
