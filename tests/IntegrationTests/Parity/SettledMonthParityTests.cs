using Microsoft.Extensions.DependencyInjection;
using OmniCharts.IntegrationTests.Infrastructure;
using OmniCharts.Reference.AnalyticsOverview;
using OmniCharts.Reference.ChartsData;
using OmniCharts.Reference.Histories;
using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Reading;
using OmniCharts.ReadModel.Writing;
using Xunit.Abstractions;

namespace OmniCharts.IntegrationTests.Parity;

/// <summary>
/// The QueryApi's <see cref="SettledMonthCache"/> under writes: with a clock after the histories, so every month of
/// them is settled and kept (month hashes for the charts, slot hashes too for the overview's weights), the same
/// requests are asked while the deliveries are still arriving (filling the cache with months that then change) and
/// after the last one; the final answers must be the oracles'.
/// </summary>
public sealed class SettledMonthParityTests(ITestOutputHelper output)
{
    private const int Histories = 8;

    [Fact]
    public async Task Answers_stay_exact_when_kept_months_change_under_the_cache()
    {
        await RequiredServers.EnsureReachableAsync();
        var prefix = TestEnvironment.NewKeyPrefix();
        var writer = new ReadModelWriter(TestRedis.Connection, new RedisKeySchema(prefix));
        var tally = new ParityTally();
        var overviewTally = OverviewParityCheck.NewTally();
        await using var api = new ParityApi(prefix, "Europe/Berlin", HourlyLabelStyle.Fixed, new DateTimeOffset(2026, 12, 20, 9, 30, 0, TimeSpan.Zero));
        var cache = api.Services.GetRequiredService<SettledMonthCache>();
        try
        {
            for (var k = 0; k < Histories; k++)
            {
                var seed = 777_000 + k;
                var history = HistoryGenerator.Generate(seed, k % 2 == 0 ? HistoryOptions.Default : new HistoryOptions(MaxRooms: 40, MaxSteps: 360));
                var deliveries = Deliveries.Shuffled(ContractEvents.Of(history), seed);
                var requests = ParityRequests.For(history, new Random(seed));
                // Every third overview request, 60 at most; the long ones read the weights of 380 days from kept slot hashes.
                var overviewRequests = OverviewRequests.For(history, new Random(seed)).Where((_, i) => i % 3 == 0).Take(60).ToList();
                for (var i = 0; i < deliveries.Count; i++)
                {
                    await ConsumerDispatch.ApplyAsync(writer, deliveries[i]);
                    // Three times on the way: every kept month is then asked for again after it changed.
                    if (i % Math.Max(1, deliveries.Count / 3) == 0)
                        await AskAllAsync(api, requests, overviewRequests);
                }

                await ParityCheck.CompareAsync(api, history.Final, requests, history.ToString(), tally);
                await OverviewParityCheck.CompareAsync(api, history.Final, overviewRequests, history.ToString(), overviewTally);
                await RedisKeyspace.DeleteAsync(prefix);
            }
        }
        finally
        {
            await RedisKeyspace.DeleteAsync(prefix);
        }

        output.WriteLine($"{tally}; overview {overviewTally}; cache hits {cache.Hits}, misses {cache.Misses}, read again {cache.Stale}");
        tally.AssertParity(minimumNonZeroCharts: Histories * 10);
        overviewTally.AssertParity(minimumNonZeroCharts: Histories * 5);
        Assert.True(cache.Hits > 0 && cache.Stale > 0, $"hits {cache.Hits}, read again {cache.Stale}: the cache was not exercised");
    }

    private static async Task AskAllAsync(ParityApi api, IReadOnlyList<ChartRequest> requests, IReadOnlyList<OverviewRequest> overviewRequests)
    {
        foreach (var request in requests)
            await api.AskAsync(request);
        foreach (var request in overviewRequests)
            await api.AskAsync(request);
    }
}
