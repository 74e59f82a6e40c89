using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using OmniCharts.Ingestor.Cli;
using OmniCharts.IntegrationTests.Infrastructure;
using OmniCharts.IntegrationTests.Projector;
using OmniCharts.ReadModel.Keys;

namespace OmniCharts.IntegrationTests.Ingestor.Runs;

/// <summary>
/// <c>replay --wait</c> against a Projector whose deliveries the broker really hands out again: the Projector's
/// connection to RabbitMQ runs through a proxy that the test cuts after 60 of 100 events were applied and marked but
/// not acknowledged. The 60 come back and are applied again; the other 40 are held unapplied. Counting deliveries
/// (120 ≥ 100) would end the wait here; the run's marks must not.
/// </summary>
public sealed class RunWaitRedeliveryTests
{
    private const int Events = 100;
    private const int AppliedBeforeCut = 60;
    private const string Updated = "\"_updatedAt\":{\"$date\":\"2026-03-04T10:21:38.140Z\"}";

    [Fact]
    public async Task Wait_neither_returns_early_nor_counts_more_than_published_when_the_broker_redelivers()
    {
        await RequiredServers.EnsureReachableAsync();
        var broker = TestEnvironment.RabbitMq;
        await using var proxy = TcpProxy.Start(broker.Host, broker.Port);
        var hold = new AckHold(AppliedBeforeCut);
        await using var projector = await ProjectorUnderTest.StartAsync(
            new Dictionary<string, string?> { ["ConnectionStrings:rabbitmq"] = new UriBuilder(broker) { Port = proxy.Port }.Uri.ToString() },
            services => services.AddSingleton<IConfigureReceiveEndpoint>(hold));
        using var export = new ExportDirectory();
        export.Write("rocketchat_room.json", [.. Enumerable.Range(0, Events).Select(i =>
            $$"""{"_id":"r{{i}}","t":"l","ts":{"$date":"2026-03-04T10:15:02.481Z"},{{Updated}} }""")]);
        var settings = TestEnvironment.Settings(projector.Redis.Prefix, projector.BusPrefix);
        // One event per message, so that each is held, redelivered and counted on its own.
        settings["Ingestor:EnvelopeSize"] = "1";

        var replay = ReplayRun.StartAsync(settings, "replay", "--from", export.Path, "--wait", "--wait-timeout", "90");
        await ProjectorUnderTest.EventuallyAsync(() => Task.FromResult(hold.HeldBeforeAck == AppliedBeforeCut), "60 events applied and held before their ack");
        var runId = hold.RunId!;
        Assert.Equal((AppliedBeforeCut, 0L), await DoneAsync(projector, runId));

        await proxy.CutAsync(TimeSpan.FromMilliseconds(200));
        hold.Cut();
        await ProjectorUnderTest.EventuallyAsync(() => Task.FromResult(hold.RedeliveredApplied == AppliedBeforeCut), "the 60 events delivered and applied again", TimeSpan.FromSeconds(60));
        // Three polls of --wait: counting deliveries, it would have seen 120 of 100 and returned.
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        Assert.False(replay.IsCompleted, "--wait returned while 40 events were not applied");
        Assert.Equal((AppliedBeforeCut, 0L), await DoneAsync(projector, runId));

        hold.Release();
        var run = await replay;
        Assert.True(run.ExitCode == (int)ExitCode.Ok, $"replay exited {run.ExitCode}: {run.Errors}\n{run.Output}");
        Assert.Contains($"projector: applied {Events}, failed 0 of {Events}", run.Output, StringComparison.Ordinal);
        Assert.Equal((Events, 0L), await DoneAsync(projector, runId));
        Assert.Equal(Events, (await projector.Redis.SlotAsync(SeriesScope.AllRooms, DateTimeOffset.Parse("2026-03-04T10:15:02.481Z").ToUnixTimeMilliseconds()))["n"]);
        Assert.True(proxy.Cuts >= 1);
    }

    // The count of distinct events done and the failures, read as --wait reads them (numbers 0 … 99 given out).
    private static async Task<(long Done, long Failed)> DoneAsync(ProjectorUnderTest projector, string runId)
    {
        var outcomes = await new OmniCharts.ReadModel.Runs.RunProgressReader(TestRedis.Connection, projector.Redis.Keys).ReadAsync(runId, Events);
        return (outcomes.Done, outcomes.Failed);
    }
}
