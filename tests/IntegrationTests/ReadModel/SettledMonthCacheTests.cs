using Microsoft.Extensions.Time.Testing;
using OmniCharts.IntegrationTests.Infrastructure;
using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Reading;
using static OmniCharts.IntegrationTests.ReadModel.Rooms;

namespace OmniCharts.IntegrationTests.ReadModel;

/// <summary>
/// A reader with a <see cref="SettledMonthCache"/> against one without, on the same real Redis: the same cells
/// whatever was written between reads, with settled months answered from the cache while their version holds.
/// </summary>
public sealed class SettledMonthCacheTests
{
    private static readonly CellWindow March = new(new DayRange(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)), null);
    private static readonly DateTimeOffset June = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_settled_month_is_read_once_then_kept_while_its_version_holds()
    {
        await using var redis = new RedisNamespace();
        var (cache, cached) = CachedReader(redis, June);
        await redis.Writer.ApplyRoomAsync(Room("r1", 1, ft: 4_000));

        var first = await cached.ReadAsync(SeriesScope.AllRooms, BucketMeasure.Conversations, March);
        var second = await cached.ReadAsync(SeriesScope.AllRooms, BucketMeasure.Conversations, March);

        Assert.Equal((1L, 1L, 0L), (cache.Misses, cache.Hits, cache.Stale));
        Assert.Equal(DailyTotals(first), DailyTotals(second));
        Assert.Equal(1, DailyTotals(second).Sum(t => t.Total));
    }

    [Fact]
    public async Task A_kept_month_that_changed_is_read_again_in_the_same_request()
    {
        await using var redis = new RedisNamespace();
        var (cache, cached) = CachedReader(redis, June);
        await redis.Writer.ApplyRoomAsync(Room("r1", 1, ft: 4_000));
        await cached.ReadAsync(SeriesScope.AllRooms, BucketMeasure.FirstResponse, March);

        await redis.Writer.ApplyRoomAsync(Room("r2", 1, ft: 1_000));
        var after = await cached.ReadAsync(SeriesScope.AllRooms, BucketMeasure.FirstResponse, March);

        Assert.Equal(2, cache.Stale);
        Assert.Equal(DailyTotals(await Uncached(redis).ReadAsync(SeriesScope.AllRooms, BucketMeasure.FirstResponse, March)), DailyTotals(after));
        Assert.Equal((5_000L, 2L), (DailyTotals(after).Sum(t => t.Total), DailyTotals(after).Sum(t => t.Count)));
    }

    [Fact]
    public async Task The_month_of_today_is_never_kept()
    {
        await using var redis = new RedisNamespace();
        var (cache, cached) = CachedReader(redis, new DateTimeOffset(2026, 3, 31, 23, 0, 0, TimeSpan.Zero));
        await redis.Writer.ApplyRoomAsync(Room("r1", 1, ft: 4_000));

        await cached.ReadAsync(SeriesScope.AllRooms, BucketMeasure.Conversations, March);
        await cached.ReadAsync(SeriesScope.AllRooms, BucketMeasure.Conversations, March);

        Assert.Equal((0L, 0L), (cache.Misses, cache.Hits));
    }

    [Fact]
    public async Task Cached_and_uncached_readers_agree_whatever_is_written_between_reads()
    {
        await using var redis = new RedisNamespace();
        var (cache, cached) = CachedReader(redis, June);
        var uncached = Uncached(redis);
        var random = new Random(20261124);
        var window = new CellWindow(new DayRange(new DateOnly(2026, 2, 20), new DateOnly(2026, 4, 10)), null);
        BucketMeasure[] measures =
        [
            BucketMeasure.Conversations, BucketMeasure.Messages, BucketMeasure.ChatDuration, BucketMeasure.FirstResponse,
            BucketMeasure.BestFirstResponse, BucketMeasure.ResponseAverage, BucketMeasure.Reaction,
        ];

        for (var step = 0; step < 300; step++)
        {
            await RandomChangeAsync(redis, random, step);
            if (step % 100 == 99)
                await DayVersionTests.DeleteAllAsync(redis);
            if (step % 5 != 0)
                continue;
            foreach (var scope in new[] { SeriesScope.AllRooms, SeriesScope.Department("d1") })
            {
                foreach (var measure in measures)
                {
                    var expected = DailyTotals(await uncached.ReadAsync(scope, measure, window));
                    Assert.Equal(expected, DailyTotals(await cached.ReadAsync(scope, measure, window)));
                }
            }
        }

        Assert.True(cache.Hits > 100 && cache.Stale > 10, $"hits {cache.Hits}, stale {cache.Stale}: the cache was not exercised");
    }

    // Rooms (of `rooms` ids) over the fifty days from Feb 20, in two departments or none, changing, moving, deleted;
    // and their messages. SlotSeriesCacheTests writes the same histories.
    internal static Task<bool> RandomChangeAsync(RedisNamespace redis, Random random, int step, int rooms = 12)
    {
        var id = "r" + random.Next(rooms);
        var ts = new DateTimeOffset(2026, 2, 20, 0, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(0, 50 * 24 * 60)).ToUnixTimeMilliseconds();
        var dep = random.Next(3) switch { 0 => "d1", 1 => "d2", _ => null };
        long? Metric() => random.Next(4) == 0 ? null : random.Next(1, 100_000);
        return random.Next(10) switch
        {
            0 => redis.Writer.DeleteRoomAsync(id, 1_000 + step),
            1 or 2 => redis.Writer.ApplyMessageAsync(Message(id, "m" + random.Next(30), 1_000 + step, counts: random.Next(3) > 0)),
            _ => redis.Writer.ApplyRoomAsync(Room(id, 1_000 + step, ts: ts, dep: dep, cd: Metric(), ft: Metric(), ra: Metric(), rt: Metric())),
        };
    }

    private static BucketTotals[] DailyTotals(BucketCells cells)
    {
        var days = cells.Window.Days!.Value;
        return cells.Combine([.. Enumerable.Range(0, days.Count).Select(i => BucketSource.OfDay(days.First.AddDays(i)))]);
    }

    private static (SettledMonthCache Cache, BucketReader Reader) CachedReader(RedisNamespace redis, DateTimeOffset now)
    {
        var cache = new SettledMonthCache(1_000);
        return (cache, new BucketReader(TestRedis.Connection, redis.Keys, cache, new FakeTimeProvider(now)));
    }

    private static BucketReader Uncached(RedisNamespace redis) => new(TestRedis.Connection, redis.Keys);
}
