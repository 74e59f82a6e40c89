using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Http;
using OmniCharts.QueryApi.Overview;
using OmniCharts.QueryApi.Overview.Kept;
using OmniCharts.ReadModel.Reading;
using OmniCharts.ReadModel.Reading.Agents;
using OmniCharts.ReadModel.Writing;

namespace OmniCharts.Benchmarks.Micro;

/// <summary>
/// One whole overview or agent-overview request without the web server (validation, the pipeline's batch, the
/// bucket reads, the sums and the JSON body) against the real Redis, over a year of rooms that runs to the end of
/// 2026; with and without the QueryApi's cache of settled months. The QueryApi's CPU per request is what bounds its
/// latency under load on two cores.
/// </summary>
public class OverviewQueryBenchmarks
{
    private const int Rooms = 5_000;
    private BenchRedis redis = null!;
    private OverviewQuery overview = null!;
    private AgentOverviewQuery agents = null!;

    /// <summary>Whether the readers keep settled months (<see cref="SettledMonthCache"/>), as the QueryApi does by default.</summary>
    [Params(false, true)]
    public bool KeepSettledMonths { get; set; }

    /// <summary>Fills a year of rooms with what the overview counts and a manager who may read them.</summary>
    [GlobalSetup]
    public void Setup()
    {
        redis = new BenchRedis();
        var writer = new ReadModelWriter(redis.Connection, redis.Keys);
        SyntheticRooms.Fill(writer, Rooms, OverviewOf);
        var pipeline = BenchQueryApi.ReadyPipeline(redis, writer);
        var cache = KeepSettledMonths ? new SettledMonthCache(50_000) : SettledMonthCache.Disabled;
        var reader = new BucketReader(redis.Connection, redis.Keys, cache, TimeProvider.System);
        // What computing an answer costs: a kept answer would turn every iteration after the first into a version read
        // (the load bench measures kept answers, with and without writes going on).
        overview = new OverviewQuery(redis.Connection, pipeline, reader, new SlotSeriesReader(redis.Connection, redis.Keys, cache, TimeProvider.System), KeptAnswers.Disabled);
        agents = new AgentOverviewQuery(redis.Connection, pipeline, new AgentBucketReader(redis.Connection, redis.Keys, cache, TimeProvider.System), KeptAnswers.Disabled);
    }

    /// <summary>Deletes the namespace.</summary>
    [GlobalCleanup]
    public void Cleanup() => redis.Dispose();

    /// <summary>The Conversations cards of 31 days.</summary>
    [Benchmark]
    public Task<int> Conversations_31_days() => AnswerAsync(overview.AnswerAsync, "Conversations", "2026-03-01", "2026-03-31");

    /// <summary>The Conversations cards of 365 days.</summary>
    [Benchmark]
    public Task<int> Conversations_365_days() => AnswerAsync(overview.AnswerAsync, "Conversations", "2026-01-01", "2026-12-31");

    /// <summary>The Productivity cards of 365 days.</summary>
    [Benchmark]
    public Task<int> Productivity_365_days() => AnswerAsync(overview.AnswerAsync, "Productivity", "2026-01-01", "2026-12-31");

    /// <summary>The agents table of 365 days.</summary>
    [Benchmark]
    public Task<int> Agents_365_days() => AnswerAsync(agents.AnswerAsync, "Avg_first_response_time", "2026-01-01", "2026-12-31");

    // Every seventh room still open, every eleventh on hold, twenty agents.
    private static RoomOverview OverviewOf(int index) =>
        new(index % 7 == 0, index % 11 == 0, "agent" + (index % 20), "agent" + (index % 20), new RoomProductivity(20_000, 10_000, 3_000));

    private static async Task<int> AnswerAsync(Func<HttpRequest, Task<Microsoft.AspNetCore.Http.HttpResults.Results<OverviewResult, QueryApi.Charts.RocketChatErrorResult>>> answer, string name, string from, string to)
    {
        var result = (await answer(BenchQueryApi.Request($"?name={name}&from={from}&to={to}"))).Result;
        return result is OverviewResult body && body.Body.Length > 20 ? body.Body.Length
            : throw new InvalidOperationException($"Expected an overview, got {result.GetType().Name}.");
    }
}
