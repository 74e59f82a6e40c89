using OmniCharts.ReadModel.Reading;
using Prometheus;

namespace OmniCharts.QueryApi.Observability;

/// <summary>
/// The QueryApi's Prometheus series on <c>/metrics</c>, in a registry of their own (two hosts in one process never
/// share values): how settled months were answered, copied from the <see cref="SettledMonthCache"/> before each scrape.
/// </summary>
public sealed class QueryApiMetrics
{
    private readonly Counter months;
    private readonly Gauge capacity;

    /// <summary>Creates the series and reads the cache's counts before each scrape.</summary>
    public QueryApiMetrics(SettledMonthCache cache)
    {
        ArgumentNullException.ThrowIfNull(cache);
        Registry = Metrics.NewCustomRegistry();
        var factory = Metrics.WithCustomRegistry(Registry);
        months = factory.CreateCounter(
            "omnicharts_queryapi_settled_months_total",
            "Month hashes of settled months by outcome: hit (kept, version unchanged), miss (not kept, read), stale (kept at an older version, read again in a second round trip).",
            "outcome");
        capacity = factory.CreateGauge("omnicharts_queryapi_settled_month_cache_capacity", "How many month hashes the cache keeps at most; 0 when it is off.");
        Registry.AddBeforeCollectCallback(() =>
        {
            months.WithLabels("hit").IncTo(cache.Hits);
            months.WithLabels("miss").IncTo(cache.Misses);
            months.WithLabels("stale").IncTo(cache.Stale);
            capacity.Set(cache.Capacity);
        });
    }

    /// <summary>The registry <c>/metrics</c> exports.</summary>
    public CollectorRegistry Registry { get; }
}
