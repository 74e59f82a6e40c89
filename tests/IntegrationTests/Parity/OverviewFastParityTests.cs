using OmniCharts.IntegrationTests.Infrastructure;
using OmniCharts.Reference.AnalyticsOverview;
using OmniCharts.Reference.ChartsData;
using OmniCharts.Reference.Histories;
using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Writing;
using Xunit.Abstractions;

namespace OmniCharts.IntegrationTests.Parity;

/// <summary>
/// The analytics overview's parity on generated histories (agents, transfers, holds, missing metrics, visitor messages),
/// each delivered shuffled with duplicates straight into the Projector's consumers, then every request of
/// <see cref="OverviewRequests"/> (both endpoints, every name, department and caller, one day to a year end, reversed,
/// around the DST changes, invalid) answered by the QueryApi and the oracle. The reporting zone comes from the server
/// zone of the case and from each history's settings and callers (custom zones, whole-hour user offsets).
/// </summary>
public sealed class OverviewFastParityTests(ITestOutputHelper output)
{
    private static readonly int HistoriesPerZone =
        int.TryParse(Environment.GetEnvironmentVariable("PARITY_HISTORIES"), out var count) && count > 0 ? count : 8;
    private static readonly HistoryOptions Dense = new(MaxRooms: 40, MaxSteps: 360);

    public static TheoryData<string> Zones => [.. ParityZones.Servers];

    [Theory]
    [MemberData(nameof(Zones))]
    public async Task Shuffled_duplicated_histories_answer_the_overview_like_the_oracle(string serverZone)
    {
        await RequiredServers.EnsureReachableAsync();
        var prefix = TestEnvironment.NewKeyPrefix();
        var writer = new ReadModelWriter(TestRedis.Connection, new RedisKeySchema(prefix));
        var caseSeed = ParityZones.Servers.ToList().IndexOf(serverZone);
        var tally = OverviewParityCheck.NewTally();
        await using var api = new ParityApi(prefix, serverZone, HourlyLabelStyle.Fixed, DateTimeOffset.UnixEpoch);
        try
        {
            for (var k = 0; k < HistoriesPerZone; k++)
            {
                var seed = 50_000 + 1_000 * caseSeed + k;
                var history = HistoryGenerator.Generate(seed, k % 3 == 2 ? Dense : HistoryOptions.Default);
                if (k % 4 == 1)
                    history = HistoryEdits.WithDepartmentRenamed(history, "dep-0", HistoryEdits.AwkwardDepartment);
                if (k % 2 == 0)
                    history = HistoryEdits.WithHeldRoomsAtDayEdges(history, serverZone);
                foreach (var message in Deliveries.Shuffled(ContractEvents.Of(history), seed))
                    await ConsumerDispatch.ApplyAsync(writer, message);

                await OverviewParityCheck.CompareAsync(api, history.Final, [.. OverviewRequests.For(history, new Random(seed)), .. LongRanges(history, k)], history.ToString(), tally);
                await RedisKeyspace.DeleteAsync(prefix);
            }
        }
        finally
        {
            await RedisKeyspace.DeleteAsync(prefix);
        }

        output.WriteLine(tally.ToString());
        tally.AssertParity(minimumNonZeroCharts: HistoriesPerZone * 40);
        Assert.True(tally.WithStatus(401) > 0 && tally.WithStatus(403) > 0 && tally.WithStatus(400) > 0, tally.ToString());
    }

    // Ranges over 1,000 days are not prefetched: the QueryApi reads the scope's months with data instead.
    private static IEnumerable<OverviewRequest> LongRanges(History history, int k)
    {
        var departments = history.Departments.Select(d => (string?)d).Prepend(null).ToList();
        var names = OverviewNames.Overview.Select(n => (OverviewEndpoint.Overview, n)).Concat(OverviewNames.AgentOverview.Select(n => (OverviewEndpoint.AgentOverview, n)));
        foreach (var (endpoint, name) in names)
            yield return OverviewRequests.Ask(endpoint, history.Callers[0], name, "2000-01-01", "2099-12-31", departments[k++ % departments.Count]);
    }
}
