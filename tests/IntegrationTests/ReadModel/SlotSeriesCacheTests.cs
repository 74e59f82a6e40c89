using Microsoft.Extensions.Time.Testing;
using OmniCharts.IntegrationTests.Infrastructure;
using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Reading;
using static OmniCharts.IntegrationTests.ReadModel.Rooms;

namespace OmniCharts.IntegrationTests.ReadModel;

/// <summary>
/// The overview's slot series with a <see cref="SettledMonthCache"/> against one without, on the same real Redis: the
/// past and future days of the month still open are kept under their own versions (<c>{scope}:slotver:{yyyy-MM}</c>),
/// yesterday and today never, and whatever is written between reads both readers see the same slots.
/// </summary>
public sealed class SlotSeriesCacheTests
{
    private static readonly DateTimeOffset March20 = new(2026, 3, 20, 12, 0, 0, TimeSpan.Zero);
    private static readonly List<DateOnly> March = [.. Enumerable.Range(0, 31).Select(d => new DateOnly(2026, 3, 1).AddDays(d))];

    [Fact]
    public async Task Days_of_the_open_month_are_kept_except_yesterday_and_today()
    {
        await using var redis = new RedisNamespace();
        var (cache, cached) = CachedReader(redis, new FakeTimeProvider(March20));
        foreach (var (id, day) in new[] { ("r5", 5), ("r10", 10), ("r19", 19), ("r20", 20), ("r25", 25) })
            await redis.Writer.ApplyRoomAsync(Room(id, 1, ts: At(day)));

        await cached.ReadAsync(SeriesScope.AllRooms, Metric.Conversations, March);
        var (hits, misses) = (cache.Hits, cache.Misses);
        var second = await cached.ReadAsync(SeriesScope.AllRooms, Metric.Conversations, March);

        // Kept: the 5th, the 10th and the 25th; read again: the 19th and 20th (changing) and the 26 days without rooms
        // (no version vouches for an empty day).
        Assert.Equal((3L, 28L), (cache.Hits - hits, cache.Misses - misses));
        Assert.Equal(Slots(await Uncached(redis).ReadAsync(SeriesScope.AllRooms, Metric.Conversations, March)), Slots(second));
        Assert.Equal(5, Slots(second).Sum());
    }

    [Fact]
    public async Task A_kept_day_that_changed_is_read_again_in_the_same_request()
    {
        await using var redis = new RedisNamespace();
        var (cache, cached) = CachedReader(redis, new FakeTimeProvider(March20));
        await redis.Writer.ApplyRoomAsync(Room("r1", 1, ts: At(5)));
        await cached.ReadAsync(SeriesScope.AllRooms, Metric.Conversations, March);

        await redis.Writer.ApplyRoomAsync(Room("r2", 1, ts: At(5)));
        var after = await cached.ReadAsync(SeriesScope.AllRooms, Metric.Conversations, March);

        Assert.Equal(1, cache.Stale);
        Assert.Equal(2, Slots(after).Sum());
    }

    [Fact]
    public async Task A_day_without_a_version_is_never_kept()
    {
        await using var redis = new RedisNamespace();
        var (cache, cached) = CachedReader(redis, new FakeTimeProvider(March20));
        await redis.Writer.ApplyRoomAsync(Room("r1", 1, ts: At(5)));
        // What a Projector from before day versions leaves: the buckets without their versions.
        await redis.Database.KeyDeleteAsync(redis.Keys.SlotVersions(SeriesScope.AllRooms, new DateOnly(2026, 3, 1)));

        await cached.ReadAsync(SeriesScope.AllRooms, Metric.Conversations, March);
        await cached.ReadAsync(SeriesScope.AllRooms, Metric.Conversations, March);

        Assert.Equal(0, cache.Hits);
    }

    [Fact]
    public async Task Cached_and_uncached_series_agree_whatever_is_written_between_reads_and_as_the_days_pass()
    {
        await using var redis = new RedisNamespace();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 25, 6, 0, 0, TimeSpan.Zero));
        var (cache, cached) = CachedReader(redis, clock);
        var uncached = Uncached(redis);
        var random = new Random(20261204);
        // From a settled month across the open one (and its month end, as the clock passes it) into the next.
        var days = Enumerable.Range(0, 50).Select(d => new DateOnly(2026, 2, 20).AddDays(d)).ToList();
        string[] metrics = [Metric.Conversations, Metric.Messages, Metric.FirstResponseMin];

        for (var step = 0; step < 300; step++)
        {
            await SettledMonthCacheTests.RandomChangeAsync(redis, random, step, rooms: 15);
            if (step % 100 == 99)
                await DayVersionTests.DeleteAllAsync(redis);
            if (step % 25 == 24)
                clock.Advance(TimeSpan.FromDays(1));
            if (step % 5 != 0)
                continue;
            foreach (var scope in new[] { SeriesScope.AllRooms, SeriesScope.Department("d1") })
            {
                foreach (var metric in metrics)
                    Assert.Equal(Slots(await uncached.ReadAsync(scope, metric, days)), Slots(await cached.ReadAsync(scope, metric, days)));
            }
        }

        Assert.True(cache.Hits > 1_000 && cache.Stale > 10, $"hits {cache.Hits}, stale {cache.Stale}: the cache was not exercised");
    }

    private static long At(int marchDay) => new DateTimeOffset(2026, 3, marchDay, 9, 30, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    // Every slot value of every day read, in order, with no field as 0.
    private static long[] Slots(SlotSeries series) =>
        [.. Enumerable.Range(0, 60).Select(d => new DateOnly(2026, 2, 15).AddDays(d))
            .SelectMany(day => series.Day(day)?.Values.ToArray() ?? new long[UtcSlot.PerDay])
            .Select(v => v == long.MinValue ? 0 : v)];

    private static (SettledMonthCache Cache, SlotSeriesReader Reader) CachedReader(RedisNamespace redis, TimeProvider clock)
    {
        var cache = new SettledMonthCache(1_000);
        return (cache, new SlotSeriesReader(TestRedis.Connection, redis.Keys, cache, clock));
    }

    private static SlotSeriesReader Uncached(RedisNamespace redis) =>
        new(TestRedis.Connection, redis.Keys, SettledMonthCache.Disabled, TimeProvider.System);
}
