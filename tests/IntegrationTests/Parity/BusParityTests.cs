using OmniCharts.IntegrationTests.Infrastructure;
using OmniCharts.IntegrationTests.Projector;
using OmniCharts.Reference.ChartsData;
using OmniCharts.Reference.Histories;
using OmniCharts.ReadModel.Keys;
using Xunit.Abstractions;

namespace OmniCharts.IntegrationTests.Parity;

/// <summary>
/// The whole path for a handful of histories: the Ingestor's mapping, a MassTransit bus publishing the events
/// shuffled with duplicates to real RabbitMQ, the Projector hosted in-process, then QueryApi against the oracle.
/// </summary>
public sealed class BusParityTests(ITestOutputHelper output)
{
    public static TheoryData<int, string, HourlyLabelStyle> Cases => new()
    {
        { 501, "UTC", HourlyLabelStyle.Fixed },
        { 502, "America/New_York", HourlyLabelStyle.RocketChat711 },
        { 503, "Asia/Kathmandu", HourlyLabelStyle.Fixed },
        { 504, "America/Santiago", HourlyLabelStyle.RocketChat711 },
        { 505, "Australia/Lord_Howe", HourlyLabelStyle.Fixed },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task History_published_through_RabbitMQ_answers_like_the_oracle(int seed, string serverZone, HourlyLabelStyle labels)
    {
        await RequiredServers.EnsureReachableAsync();
        var history = HistoryGenerator.Generate(seed, new HistoryOptions(MaxRooms: 30, MaxSteps: 400));
        var deliveries = Deliveries.Shuffled(ContractEvents.Of(history), seed);
        var random = new Random(seed);
        await using var projector = await ProjectorUnderTest.StartAsync();
        var run = Guid.NewGuid().ToString("N");

        foreach (var message in deliveries)
            await projector.PublishAsync(message, run);
        await ProjectorUnderTest.EventuallyAsync(
            async () => (await projector.RunAsync(run)).Done == deliveries.Count,
            $"{deliveries.Count} events of {history}");
        Assert.Equal(0, await projector.FailedAsync(run));

        await using var api = new ParityApi(projector.Redis.Prefix, serverZone, labels, ParityZones.Now(random));
        var tally = new ParityTally();
        // A century of daily buckets: nothing in the spec caps a range.
        var requests = ParityRequests.For(history, random)
            .Append(ParityRequests.Chart(history.Callers[0], "Total_messages", new DateOnly(1970, 1, 1), new DateOnly(2069, 12, 31), null)).ToList();
        await ParityCheck.CompareAsync(api, history.Final, requests, history.ToString(), tally);
        await ParityCheck.CompareAsync(api, history.Final, requests, history.ToString(), tally, ParityApi.DocumentedPath);
        output.WriteLine($"{deliveries.Count} deliveries; {tally}");
        tally.AssertParity(minimumNonZeroCharts: 10);
    }
}
