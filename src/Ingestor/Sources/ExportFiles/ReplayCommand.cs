using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OmniCharts.Ingestor.Builds;
using OmniCharts.Ingestor.Cli;
using OmniCharts.Ingestor.Publishing;
using OmniCharts.Ingestor.Runs;
using OmniCharts.ReadModel.Generations;
using StackExchange.Redis;

namespace OmniCharts.Ingestor.Sources.ExportFiles;

/// <summary>
/// <c>replay</c>: publishes an export directory under a fresh run id, then optionally waits for the projector. On an
/// empty read model it builds it (<see cref="BuildSession"/>): it then always waits, and marks the read model complete.
/// </summary>
public sealed class ReplayCommand(IServiceProvider services)
{
    /// <summary>Runs the replay and returns the exit code.</summary>
    public async Task<ExitCode> RunAsync(ReplayOptions options, CliConsole console, CancellationToken cancellationToken)
    {
        var runId = Guid.NewGuid().ToString("N");
        console.Out.WriteLine($"run id: {runId}");
        var status = services.GetRequiredService<StatusLine>();
        var bus = services.GetRequiredService<IBusControl>();
        if (!await BrokerStart.TryStartAsync(bus, status, cancellationToken))
            return ExitCode.PublishFailed;
        await using var build = await ClaimAsync(options, status);
        if (build is null)
        {
            await bus.StopAsync(CancellationToken.None);
            return ExitCode.SourceFailed;
        }

        ReplayCounters total;
        try
        {
            var configuration = services.GetRequiredService<IConfiguration>();
            using var publisher = new EventPublisher(bus, runId, configuration.GetValue("Ingestor:PublishWindow", EventPublisher.DefaultWindow),
                configuration.GetValue("Ingestor:EnvelopeSize", EventPublisher.BulkEnvelopeSize))
            {
                PublishTimeout = configuration.GetValue("Ingestor:PublishTimeout", EventPublisher.DefaultPublishTimeout),
            };
            var replayer = new ExportReplayer(publisher, status);
            build.Track(replayer.Describe);
            total = await replayer.ReplayAsync(options.From, cancellationToken);
        }
        catch (PublishFailedException error)
        {
            status.Error($"replay stopped: {error.Message}");
            return ExitCode.PublishFailed;
        }
        finally
        {
            await bus.StopAsync(CancellationToken.None);
        }

        status.Complete(total.Describe(final: true));
        var replayed = total.Rejected > 0 ? ExitCode.Rejected : ExitCode.Ok;
        if (!options.Wait && !build.Builds)
            return replayed;
        var waited = await WaitAsync(runId, total.Published, options, status, cancellationToken);
        if (build.Builds)
            await FinishBuildAsync(build, waited, total, status);
        return Worst(replayed, waited);
    }

    // Redis holds the read model's state: without it the replay could not tell whether it builds or updates.
    private async Task<BuildSession?> ClaimAsync(ReplayOptions options, StatusLine status)
    {
        try
        {
            return await BuildSession.ClaimAsync(services.GetRequiredService<ReadModelStateStore>(), SourceText.Replay(options.From), status);
        }
        catch (RedisException error)
        {
            status.Error($"cannot reach Redis for the read model's state ({error.Message}); check ConnectionStrings__redis");
            return null;
        }
    }

    // Complete only when every published event was applied: a timeout or a failed event leaves the 503 saying why.
    private static async Task FinishBuildAsync(BuildSession build, ExitCode waited, ReplayCounters total, StatusLine status)
    {
        if (waited == ExitCode.Ok)
            await build.CompleteAsync(status);
        else
            await build.LeaveUnfinishedAsync(waited == ExitCode.WaitTimedOut
                ? $"the replay published {total.Published} events; the Projector had not applied them all when the replay stopped waiting"
                : "the Projector could not apply some events of the replay (see its <queue>_error queues); replay again once fixed");
    }


    private Task<ExitCode> WaitAsync(string runId, long published, ReplayOptions options, StatusLine status, CancellationToken cancellationToken) =>
        services.GetRequiredService<RunWait>().WaitAsync(runId, published, options.WaitTimeout, status, cancellationToken);

    private static ExitCode Worst(ExitCode first, ExitCode second) => (ExitCode)Math.Max((int)first, (int)second);
}
