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
    public async Task Messages_of_a_room_that_is_not_omnichannel_change_no_bucket()
    {
        await redis.Writer.ApplyRoomAsync(Room("r1", 1, omnichannel: false));
        await redis.Writer.ApplyMessageAsync(Message("r1", "m1", 1));
        await redis.Writer.ApplyMessageAsync(Message("r1", "m2", 1));

        Assert.Empty(await redis.SlotAsync(SeriesScope.AllRooms, Ts));
        Assert.Equal(2, (long)await redis.Database.HashGetAsync(redis.Keys.Room("r1"), RoomField.CountedMessages));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await redis.DisposeAsync();
}
