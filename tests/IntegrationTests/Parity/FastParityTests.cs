using OmniCharts.IntegrationTests.Infrastructure;
using OmniCharts.Reference.ChartsData;
using OmniCharts.Reference.Histories;
using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Writing;
using Xunit.Abstractions;

namespace OmniCharts.IntegrationTests.Parity;

/// <summary>
/// Many generated histories, each delivered shuffled with duplicates straight into the Projector's consumers
/// (no broker), then every request of <see cref="ParityRequests"/> answered by the QueryApi and the oracle.
/// </summary>
public sealed class FastParityTests(ITestOutputHelper output)
{
    // PARITY_HISTORIES raises the count for a longer soak run; the default keeps the folder within its time budget.
    private static readonly int HistoriesPerCase =
        int.TryParse(Environment.GetEnvironmentVariable("PARITY_HISTORIES"), out var count) && count > 0 ? count : 14;
    private static readonly HistoryOptions Dense = new(MaxRooms: 40, MaxSteps: 360);

    public static TheoryData<string, HourlyLabelStyle> Cases => ParityZones.WithLabelStyles();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Shuffled_duplicated_histories_answer_like_the_oracle(string serverZone, HourlyLabelStyle labels)
    {
        await RequiredServers.EnsureReachableAsync();
        var prefix = TestEnvironment.NewKeyPrefix();
        var writer = new ReadModelWriter(TestRedis.Connection, new RedisKeySchema(prefix));
        var caseSeed = ParityZones.Servers.ToList().IndexOf(serverZone) * 2 + (int)labels;
        var tally = new ParityTally();
        await using var api = new ParityApi(prefix, serverZone, labels, DateTimeOffset.UnixEpoch);
        try
        {
            for (var k = 0; k < HistoriesPerCase; k++)
            {
                var seed = 10_000 * (caseSeed + 1) + k;
                // Every third history is dense: many rooms share buckets, so sums, counts and minimums combine.
                var history = Vary(HistoryGenerator.Generate(seed, k % 3 == 2 ? Dense : HistoryOptions.Default), k);
                var random = new Random(seed);
                foreach (var message in Deliveries.Shuffled(ContractEvents.Of(history), seed))
                    await ConsumerDispatch.ApplyAsync(writer, message);
                api.Clock.AdjustTime(ParityZones.Now(random));

                await ParityCheck.CompareAsync(api, history.Final, ParityRequests.For(history, random), history.ToString(), tally);
                await RedisKeyspace.DeleteAsync(prefix);
            }
        }
        finally
        {
            await RedisKeyspace.DeleteAsync(prefix);
        }

        output.WriteLine(tally.ToString());
        Assert.True(tally.WithStatus(403) > 0, tally.ToString());
        tally.AssertParity(minimumNonZeroCharts: HistoriesPerCase * 10);
        Assert.True(tally.WithStatus(401) > 0 && tally.WithStatus(400) > 0, tally.ToString());
    }

    // Some histories rename a department to an awkward id, some delete a caller who had the permission.
    private static History Vary(History history, int k) => (k % 4) switch
    {
        1 => HistoryEdits.WithDepartmentRenamed(history, "dep-0", HistoryEdits.AwkwardDepartment),
        3 => HistoryEdits.WithUserDeleted(history, k % 8 == 3 ? "monitor" : "admin"),
        _ => history,
    };
}
