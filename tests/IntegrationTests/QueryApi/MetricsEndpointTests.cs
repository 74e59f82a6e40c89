using System.Globalization;
using Microsoft.Extensions.Time.Testing;

namespace OmniCharts.IntegrationTests.QueryApi;

/// <summary><c>/metrics</c> of the QueryApi: how settled months were answered.</summary>
public sealed class MetricsEndpointTests
{
    [Fact]
    public async Task Settled_months_read_then_kept_show_as_misses_then_hits()
    {
        var june = new FakeTimeProvider(new DateTimeOffset(2026, 6, 15, 12, 0, 0, TimeSpan.Zero));
        await using var api = await ChartsApi.WithManagerAsync(clock: june);

        // Days Feb 28 .. Apr 1 are read for March: three settled months of one metric.
        for (var i = 0; i < 2; i++)
            await api.ChartAsync("?chartName=Total_conversations&start=2026-03-01&end=2026-03-31");
        var metrics = await api.Client.GetStringAsync("/metrics");

        Assert.Equal(3, Sample(metrics, """omnicharts_queryapi_settled_months_total{outcome="miss"}"""));
        Assert.Equal(3, Sample(metrics, """omnicharts_queryapi_settled_months_total{outcome="hit"}"""));
        Assert.Equal(0, Sample(metrics, """omnicharts_queryapi_settled_months_total{outcome="stale"}"""));
        Assert.Equal(50_000, Sample(metrics, "omnicharts_queryapi_settled_month_cache_capacity"));
    }

    private static double Sample(string metrics, string series)
    {
        var line = metrics.Split('\n').SingleOrDefault(l => l.StartsWith(series + " ", StringComparison.Ordinal));
        Assert.True(line is not null, $"no {series} in:\n{metrics}");
        return double.Parse(line![(series.Length + 1)..], CultureInfo.InvariantCulture);
    }
}
