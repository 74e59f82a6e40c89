using OmniCharts.QueryApi.Overview.Kept;
using OmniCharts.ReadModel.Reading;
using Prometheus;

namespace OmniCharts.QueryApi.Observability;

/// <summary>
/// The QueryApi's Prometheus series on <c>/metrics</c>, in a registry of their own (two hosts in one process never
/// share values): how settled months and the overview's answers were served, copied from the
/// <see cref="SettledMonthCache"/> and <see cref="KeptAnswers"/> before each scrape.
/// </summary>
public sealed class QueryApiMetrics
{
    private readonly Counter months;
    private readonly Gauge capacity;
    private readonly Counter answers;
    private readonly Gauge answerBytes;

    /// <summary>Creates the series and reads the stores' counts before each scrape.</summary>
    public QueryApiMetrics(SettledMonthCache cache, KeptAnswers kept)
    {
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(kept);
        Registry = Metrics.NewCustomRegistry();
        var factory = Metrics.WithCustomRegistry(Registry);
        months = factory.CreateCounter(
            "omnicharts_queryapi_settled_months_total",
            "Month hashes of settled months by outcome: hit (kept, version unchanged), miss (not kept, read), stale (kept at an older version, read again in a second round trip).",
            "outcome");
        capacity = factory.CreateGauge("omnicharts_queryapi_settled_month_cache_capacity", "How many month hashes the cache keeps at most; 0 when it is off.");
        answers = factory.CreateCounter(
            "omnicharts_queryapi_overview_answers_total",
            "Overview and agents-table answers of ranges up to the prefetch's length by how they were served: kept (from memory, or from another request's computation of the same versions: the months' versions unchanged), read (buckets read in the first round trip), second_read (a kept answer was expected but its months had changed: buckets read in a second round trip).",
            "outcome");
        answerBytes = factory.CreateGauge("omnicharts_queryapi_kept_answer_bytes", "Bytes of overview answers kept in memory, roughly; at most Overview__KeptAnswerBytes.");
        Registry.AddBeforeCollectCallback(() =>
        {
            answers.WithLabels("kept").IncTo(kept.Kept);
            answers.WithLabels("read").IncTo(kept.Reads);
            answers.WithLabels("second_read").IncTo(kept.SecondReads);
            answerBytes.Set(kept.Bytes);
            months.WithLabels("hit").IncTo(cache.Hits);
            months.WithLabels("miss").IncTo(cache.Misses);
            months.WithLabels("stale").IncTo(cache.Stale);
            capacity.Set(cache.Capacity);
        });
    }

    /// <summary>The registry <c>/metrics</c> exports.</summary>
    public CollectorRegistry Registry { get; }
}
