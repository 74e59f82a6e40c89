using BenchmarkDotNet.Attributes;
using OmniCharts.QueryApi.Charts;
using OmniCharts.ReadModel.Reading;
using OmniCharts.ReadModel.Writing;

namespace OmniCharts.Benchmarks.Micro;

/// <summary>
/// One whole request without the web server: validation, the single batch (caller, settings, prefetched buckets),
/// plan, labels, division and the JSON body, against the real Redis; with and without the QueryApi's cache of
/// settled months (the months of 2026 that ended before the day the benchmark runs).
/// </summary>
public class ChartQueryBenchmarks
{
    private const int Rooms = 5_000;
    private BenchRedis redis = null!;
    private ChartDataQuery query = null!;

    /// <summary>Whether the reader keeps settled months (<see cref="SettledMonthCache"/>), as the QueryApi does by default.</summary>
    [Params(false, true)]
    public bool KeepSettledMonths { get; set; }

    /// <summary>Fills a year of buckets and a manager who may read them.</summary>
    [GlobalSetup]
    public void Setup()
    {
        redis = new BenchRedis();
        var writer = new ReadModelWriter(redis.Connection, redis.Keys);
        SyntheticRooms.Fill(writer, Rooms);
        query = new ChartDataQuery(BenchQueryApi.ReadyPipeline(redis, writer), Reader(), new ChartsSettings(HourlyLabelStyle.Fixed), TimeProvider.System);
    }

    private BucketReader Reader() => KeepSettledMonths
        ? new BucketReader(redis.Connection, redis.Keys, new SettledMonthCache(50_000), TimeProvider.System)
        : new BucketReader(redis.Connection, redis.Keys);

    /// <summary>Deletes the namespace.</summary>
    [GlobalCleanup]
    public void Cleanup() => redis.Dispose();

    /// <summary>A 1-day chart (24 hourly buckets).</summary>
    [Benchmark]
    public Task<int> Answer_1_day() => AnswerAsync("2026-03-02", "2026-03-02");

    /// <summary>A 31-day chart.</summary>
    [Benchmark]
    public Task<int> Answer_31_days() => AnswerAsync("2026-03-01", "2026-03-31");

    /// <summary>A 365-day chart.</summary>
    [Benchmark]
    public Task<int> Answer_365_days() => AnswerAsync("2026-01-01", "2026-12-31");

    private async Task<int> AnswerAsync(string start, string end)
    {
        var answer = await query.AnswerAsync(BenchQueryApi.Request($"?start={start}&end={end}&chartName=Avg_first_response_time"));
        return answer.Result is ChartDataResult chart ? chart.Body().Length
            : throw new InvalidOperationException($"Expected a chart, got {answer.Result.GetType().Name}.");
    }
}
