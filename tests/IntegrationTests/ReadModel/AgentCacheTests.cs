using Microsoft.Extensions.Time.Testing;
using OmniCharts.IntegrationTests.Infrastructure;
using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Reading;
using OmniCharts.ReadModel.Reading.Agents;
using static OmniCharts.IntegrationTests.ReadModel.Rooms;

namespace OmniCharts.IntegrationTests.ReadModel;

/// <summary>
/// The agents table's reader with a <see cref="SettledMonthCache"/> against one without, on the same real Redis: month
/// hashes and slot hashes of settled months are kept under their month's version, and whatever is written between
/// reads both readers give the same per-agent totals.
/// </summary>
public sealed class AgentCacheTests
{
    private static readonly DateOnly[] Months = [new(2026, 2, 1), new(2026, 3, 1), new(2026, 4, 1)];
    private static readonly DateOnly[] SlotDays = [new(2026, 2, 28), new(2026, 3, 1), new(2026, 3, 31), new(2026, 4, 1)];

    [Fact]
    public async Task Slot_hashes_of_settled_months_are_kept_while_their_version_holds()
    {
        await using var redis = new RedisNamespace();
        var cache = new SettledMonthCache(1_000);
        var cached = new AgentBucketReader(TestRedis.Connection, redis.Keys, cache, new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero)));
        await redis.Writer.ApplyRoomAsync(Room("r1", 1, ts: At(new DateOnly(2026, 3, 1)), ft: 4_000, overview: Overview(servedBy: "ana", responseBy: "ana")));

        await cached.ReadAsync(SeriesScope.AllRooms, AgentFamilyShape.FirstResponse, Months, SlotDays);
        var hits = cache.Hits;
        await cached.ReadAsync(SeriesScope.AllRooms, AgentFamilyShape.FirstResponse, Months, SlotDays);

        // Three month hashes and four slot hashes, all of settled months.
        Assert.Equal(7, cache.Hits - hits);
    }

    [Fact]
    public async Task Cached_and_uncached_agent_totals_agree_whatever_is_written_between_reads()
    {
        await using var redis = new RedisNamespace();
        var cache = new SettledMonthCache(1_000);
        var cached = new AgentBucketReader(TestRedis.Connection, redis.Keys, cache, new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero)));
        var uncached = new AgentBucketReader(TestRedis.Connection, redis.Keys);
        var random = new Random(20261205);
        var buckets = new[]
        {
            BucketSource.OfSlots(new UtcSlot(new DateOnly(2026, 2, 28), 40), new UtcSlot(new DateOnly(2026, 4, 1), 30)),
            BucketSource.OfSlots(new UtcSlot(new DateOnly(2026, 3, 1), 0), new UtcSlot(new DateOnly(2026, 3, 31), 95)),
        };

        for (var step = 0; step < 200; step++)
        {
            await RandomChangeAsync(redis, random, step);
            if (step % 100 == 99)
                await DayVersionTests.DeleteAllAsync(redis);
            if (step % 4 != 0)
                continue;
            foreach (var scope in new[] { SeriesScope.AllRooms, SeriesScope.Department("d1") })
            {
                foreach (var shape in new[] { AgentFamilyShape.Served, AgentFamilyShape.FirstResponse })
                {
                    var expected = await uncached.ReadAsync(scope, shape, Months, SlotDays);
                    var actual = await cached.ReadAsync(scope, shape, Months, SlotDays);
                    foreach (var bucket in buckets)
                        Assert.Equal(Text(expected.TryCombine(bucket)), Text(actual.TryCombine(bucket)));
                }
            }
        }

        Assert.True(cache.Hits > 100 && cache.Stale > 10, $"hits {cache.Hits}, stale {cache.Stale}: the cache was not exercised");
    }

    // Rooms from Feb 28 to Apr 1 with three agents, in two departments or none, changing and deleted.
    private static Task<bool> RandomChangeAsync(RedisNamespace redis, Random random, int step)
    {
        var id = "r" + random.Next(12);
        var ts = new DateTimeOffset(2026, 2, 28, 0, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(0, 33 * 24 * 60)).ToUnixTimeMilliseconds();
        var dep = random.Next(3) switch { 0 => "d1", 1 => "d2", _ => null };
        string Agent() => "agent" + random.Next(3);
        long? Metric() => random.Next(4) == 0 ? null : random.Next(1, 100_000);
        return random.Next(8) == 0
            ? redis.Writer.DeleteRoomAsync(id, 1_000 + step)
            : redis.Writer.ApplyRoomAsync(Room(id, 1_000 + step, ts: ts, dep: dep, cd: Metric(), ft: Metric(), ra: Metric(), rt: Metric(),
                overview: Overview(open: random.Next(2) == 0, servedBy: Agent(), responseBy: Agent())));
    }

    private static long At(DateOnly day) => new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 30)), TimeSpan.Zero).ToUnixTimeMilliseconds();

    private static string Text(IReadOnlyDictionary<string, AgentTotals>? totals) =>
        totals is null ? "null" : string.Join(';', totals.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key}={string.Join(',', t.Value.Sums)}/{t.Value.Minimum}"));
}
