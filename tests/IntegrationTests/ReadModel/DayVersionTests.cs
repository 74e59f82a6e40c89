using OmniCharts.ReadModel.Keys;
using static OmniCharts.IntegrationTests.ReadModel.Rooms;

namespace OmniCharts.IntegrationTests.ReadModel;

/// <summary>
/// The month versions (<c>{scope}:dayver</c>) that let a reader keep settled months, and the day versions
/// (<c>{scope}:slotver:{yyyy-MM}</c>) that let it keep days of the open month: raised by every change to what they
/// vouch for, and only then.
/// </summary>
public sealed class DayVersionTests
{
    private static readonly DateOnly March = new(2026, 3, 1);
    private static readonly long April = DateTimeOffset.Parse("2026-04-02T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();

    [Fact]
    public async Task A_room_raises_the_version_of_its_month_in_each_of_its_scopes_and_no_other()
    {
        await using var redis = new RedisNamespace();
        await redis.Writer.ApplyRoomAsync(Room("r1", 1, dep: "d1", ft: 4_000));

        Assert.True(await VersionAsync(redis, SeriesScope.AllRooms, March) > 0);
        Assert.True(await VersionAsync(redis, SeriesScope.Department("d1"), March) > 0);
        Assert.Equal(["2026-03"], (await redis.Database.HashKeysAsync(redis.Keys.DayVersions(SeriesScope.AllRooms))).Select(f => f.ToString()));
        Assert.Null(await VersionAsync(redis, SeriesScope.Department("d2"), March));
    }

    [Fact]
    public async Task A_duplicate_or_stale_change_leaves_the_versions_alone()
    {
        await using var redis = new RedisNamespace();
        await redis.Writer.ApplyRoomAsync(Room("r1", 2, dep: "d1", ft: 4_000));
        var before = await VersionAsync(redis, SeriesScope.AllRooms, March);

        await redis.Writer.ApplyRoomAsync(Room("r1", 2, dep: "d1", ft: 4_000));
        await redis.Writer.ApplyRoomAsync(Room("r1", 1, dep: "d1", ft: 9_000));

        Assert.Equal(before, await VersionAsync(redis, SeriesScope.AllRooms, March));
    }

    [Fact]
    public async Task A_change_raises_its_month_exactly_when_it_changes_the_month_day_hashes()
    {
        await using var redis = new RedisNamespace();
        await redis.Writer.ApplyRoomAsync(Room("r1", 1, dep: "d1", ft: 4_000));
        var changes = new (string Name, Func<Task<bool>> Apply)[]
        {
            ("metrics change", () => redis.Writer.ApplyRoomAsync(Room("r1", 2, dep: "d1", ft: 5_000))),
            ("first message: max(1, n) stays 1", () => redis.Writer.ApplyMessageAsync(Message("r1", "m1", 1))),
            ("second message", () => redis.Writer.ApplyMessageAsync(Message("r1", "m2", 1))),
            ("system message", () => redis.Writer.ApplyMessageAsync(Message("r1", "m3", 1, counts: false))),
            ("message deleted", () => redis.Writer.DeleteMessageAsync("r1", "m2", 2)),
            ("room deleted", () => redis.Writer.DeleteRoomAsync("r1", 3)),
        };

        foreach (var (name, apply) in changes)
        {
            var (version, days) = (await VersionAsync(redis, SeriesScope.AllRooms, March), await DayHashesAsync(redis));
            Assert.True(await apply(), name);
            var changed = await DayHashesAsync(redis) != days;
            Assert.True(changed == (await VersionAsync(redis, SeriesScope.AllRooms, March) > version), $"{name}: day hashes changed {changed}");
        }
    }

    [Fact]
    public async Task A_room_that_moves_to_another_month_raises_both()
    {
        await using var redis = new RedisNamespace();
        await redis.Writer.ApplyRoomAsync(Room("r1", 1, ft: 4_000));
        var march = await VersionAsync(redis, SeriesScope.AllRooms, March);

        await redis.Writer.ApplyRoomAsync(Room("r1", 2, ts: April, ft: 4_000));

        Assert.True(await VersionAsync(redis, SeriesScope.AllRooms, March) > march);
        Assert.NotNull(await VersionAsync(redis, SeriesScope.AllRooms, new DateOnly(2026, 4, 1)));
    }

    [Fact]
    public async Task A_change_raises_its_day_exactly_when_it_changes_the_day_slot_hashes_and_never_above_its_month()
    {
        await using var redis = new RedisNamespace();
        await redis.Writer.ApplyRoomAsync(Room("r1", 1, dep: "d1", ft: 4_000));
        await redis.Writer.ApplyRoomAsync(Room("r2", 1, ts: Ts + 86_400_000, ft: 2_000));
        var changes = new (string Name, Func<Task<bool>> Apply)[]
        {
            ("metrics change", () => redis.Writer.ApplyRoomAsync(Room("r1", 2, dep: "d1", ft: 5_000))),
            ("first message: max(1, n) stays 1", () => redis.Writer.ApplyMessageAsync(Message("r1", "m1", 1))),
            ("second message", () => redis.Writer.ApplyMessageAsync(Message("r1", "m2", 1))),
            ("the other day's room changes", () => redis.Writer.ApplyRoomAsync(Room("r2", 2, ts: Ts + 86_400_000, ft: 1_000))),
            ("message deleted", () => redis.Writer.DeleteMessageAsync("r1", "m2", 2)),
            ("room deleted", () => redis.Writer.DeleteRoomAsync("r1", 3)),
        };

        foreach (var (name, apply) in changes)
        {
            var (version, slots) = (await SlotVersionAsync(redis, Day), await SlotHashesAsync(redis, Day));
            Assert.True(await apply(), name);
            var changed = await SlotHashesAsync(redis, Day) != slots;
            Assert.True(changed == (await SlotVersionAsync(redis, Day) > version), $"{name}: slot hashes of the day changed {changed}");
            Assert.True(await SlotVersionAsync(redis, Day) <= await VersionAsync(redis, SeriesScope.AllRooms, March), name);
        }
    }

    [Fact]
    public async Task After_the_keys_are_deleted_new_versions_start_above_the_old_ones()
    {
        await using var redis = new RedisNamespace();
        await redis.Writer.ApplyRoomAsync(Room("r1", 1, ft: 4_000));
        var old = await VersionAsync(redis, SeriesScope.AllRooms, March);

        await DeleteAllAsync(redis);
        await redis.Writer.ApplyRoomAsync(Room("r2", 1, ft: 7_000));

        Assert.True(await VersionAsync(redis, SeriesScope.AllRooms, March) > old);
    }

    private static async Task<long?> VersionAsync(RedisNamespace redis, SeriesScope scope, DateOnly month) =>
        (long?)await redis.Database.HashGetAsync(redis.Keys.DayVersions(scope), RedisKeySchema.MonthField(month));

    private static readonly DateOnly Day = new(2026, 3, 10);

    private static async Task<long?> SlotVersionAsync(RedisNamespace redis, DateOnly day) =>
        (long?)await redis.Database.HashGetAsync(redis.Keys.SlotVersions(SeriesScope.AllRooms, day), RedisKeySchema.DayField(day));

    private static async Task<string> SlotHashesAsync(RedisNamespace redis, DateOnly day) =>
        string.Join('\n', (await redis.DumpAsync()).Split('\n').Where(line => line.Contains(":all:slot:", StringComparison.Ordinal) && line.Contains(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + " =>", StringComparison.Ordinal)));

    private static async Task<string> DayHashesAsync(RedisNamespace redis) =>
        string.Join('\n', (await redis.DumpAsync()).Split('\n').Where(line => line.Contains(":all:day:", StringComparison.Ordinal)));

    internal static async Task DeleteAllAsync(RedisNamespace redis)
    {
        var server = Infrastructure.TestRedis.Connection.GetServers()[0];
        await foreach (var key in server.KeysAsync(pattern: redis.Prefix + ":*", pageSize: 500))
            await redis.Database.KeyDeleteAsync(key);
    }
}
