using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using OmniCharts.IntegrationTests.Infrastructure;
using OmniCharts.QueryApi.Overview;
using OmniCharts.ReadModel.Writing;
using static OmniCharts.IntegrationTests.ReadModel.Rooms;

namespace OmniCharts.IntegrationTests.QueryApi;

/// <summary><c>/metrics</c> of the QueryApi: how settled months and the overview's answers were served.</summary>
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

    [Fact]
    public async Task Overview_answers_show_as_read_then_kept_then_read_again_after_a_write()
    {
        await using var api = await ChartsApi.WithManagerAsync();
        const string question = "?name=Conversations&from=2026-03-01&to=2026-03-31";
        for (var i = 0; i < 3; i++)
            (await api.GetAsync(question, path: OverviewEndpoints.OverviewPath)).Dispose();
        await new ReadModelWriter(TestRedis.Connection, api.Keys).ApplyRoomAsync(Room("a", 1));
        (await api.GetAsync(question, path: OverviewEndpoints.OverviewPath)).Dispose();
        var metrics = await api.Client.GetStringAsync("/metrics");

        Assert.Equal(1, Sample(metrics, """omnicharts_queryapi_overview_answers_total{outcome="read"}"""));
        Assert.Equal(2, Sample(metrics, """omnicharts_queryapi_overview_answers_total{outcome="kept"}"""));
        Assert.Equal(1, Sample(metrics, """omnicharts_queryapi_overview_answers_total{outcome="second_read"}"""));
        Assert.InRange(Sample(metrics, "omnicharts_queryapi_kept_answer_bytes"), 1, 32 << 20);
    }

    private static double Sample(string metrics, string series)
    {
        var line = metrics.Split('\n').SingleOrDefault(l => l.StartsWith(series + " ", StringComparison.Ordinal));
        Assert.True(line is not null, $"no {series} in:\n{metrics}");
        return double.Parse(line![(series.Length + 1)..], CultureInfo.InvariantCulture);
    }
}
