using BenchmarkDotNet.Attributes;
using OmniCharts.QueryApi.Charts;
using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Reading;
using OmniCharts.ReadModel.Writing;

namespace OmniCharts.Benchmarks.Micro;

/// <summary>
/// The bucket read and the division: <see cref="BucketReader.ReadAsync"/> of a planned range against the real
/// Redis (one pipelined batch of HMGETs), then <see cref="ChartValues.Of"/> for every bucket.
/// </summary>
public class BucketReadBenchmarks
{
    private const int Rooms = 5_000;
    private BenchRedis redis = null!;
    private BucketReader reader = null!;
    private WholeMonthReader wholeMonths = null!;
    private IReadOnlyList<BucketSource> hourly = null!, month = null!, year = null!;

    /// <summary>Fills a year of buckets and plans the three ranges.</summary>
    [GlobalSetup]
    public void Setup()
    {
        redis = new BenchRedis();
        var writer = new ReadModelWriter(redis.Connection, redis.Keys);
        SyntheticRooms.Fill(writer, Rooms);
        reader = new BucketReader(redis.Connection, redis.Keys);
        wholeMonths = new WholeMonthReader(redis.Connection, redis.Keys);
        hourly = Sources(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 2));
        month = Sources(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));
        year = Sources(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        // The alternative is only worth comparing if it gives the same numbers.
        if (!Daily_365_days().GetAwaiter().GetResult().SequenceEqual(Daily_365_days_hgetall_alternative().GetAwaiter().GetResult()))
            throw new InvalidOperationException("The HGETALL alternative disagrees with BucketReader.");
    }

    /// <summary>Deletes the namespace.</summary>
    [GlobalCleanup]
    public void Cleanup() => redis.Dispose();

    /// <summary>A 1-day chart: 24 hourly buckets from one slot hash.</summary>
    [Benchmark]
    public Task<double[]> Hourly_1_day() => ReadAndDivide(hourly);

    /// <summary>A 31-day chart: 31 daily buckets from one month hash.</summary>
    [Benchmark]
    public Task<double[]> Daily_31_days() => ReadAndDivide(month);

    /// <summary>A 365-day chart: 365 daily buckets from 12 month hashes.</summary>
    [Benchmark]
    public Task<double[]> Daily_365_days() => ReadAndDivide(year);

    /// <summary>The same 365-day chart read with HGETALL per month instead (an alternative, not what the QueryApi does).</summary>
    [Benchmark]
    public async Task<double[]> Daily_365_days_hgetall_alternative()
    {
        var totals = await wholeMonths.ReadMeanAsync(SeriesScope.AllRooms, Metric.FirstResponseSum, Metric.FirstResponseCount,
            new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        return [.. totals.Select(t => ChartValues.Of(BucketMeasure.FirstResponse, t))];
    }

    private async Task<double[]> ReadAndDivide(IReadOnlyList<BucketSource> sources)
    {
        var totals = await reader.ReadAsync(SeriesScope.AllRooms, BucketMeasure.FirstResponse, sources);
        return [.. totals.Select(t => ChartValues.Of(BucketMeasure.FirstResponse, t))];
    }

    private static List<BucketSource> Sources(DateOnly start, DateOnly end) =>
        [.. RangePlanner.Plan(start, end, TimeZoneInfo.Utc).Buckets.Select(b => b.Source)];
}
