using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MongoDB.Driver;
using OmniCharts.Ingestor.Cli;
using OmniCharts.Ingestor.Publishing;
using OmniCharts.Ingestor.Runs;
using OmniCharts.Ingestor.Sources.ExportFiles;
using OmniCharts.Ingestor.Sources.MongoDb.Backfill;
using OmniCharts.Ingestor.Sources.MongoDb.Polling;
using OmniCharts.ReadModel.Generations;
using StackExchange.Redis;

namespace OmniCharts.Ingestor.Builds;

/// <summary>
/// <c>rebuild</c>: a zero-downtime rebuild. It begins a new generation beside the live one, which keeps answering;
/// publishes the whole source (an export folder or MongoDB) to the new generation only; meanwhile every other event
/// (the live tail's) reaches both, so nothing is lost at the switch; waits until the Projector applied it; switches
/// the live generation in one atomic step, which every QueryApi follows on its next request; and deletes the old
/// generation once requests still reading it are done.
/// </summary>
public sealed class RebuildCommand(IServiceProvider services)
{
    /// <summary>Runs the rebuild and returns the exit code.</summary>
    public async Task<ExitCode> RunAsync(RebuildOptions options, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var runId = Guid.NewGuid().ToString("N");
        console.Out.WriteLine($"run id: {runId}");
        var status = new StatusLine(console);
        var store = services.GetRequiredService<ReadModelStateStore>();
        var source = options.From is { } from ? "rebuild: " + SourceText.Replay(from) : "rebuild: " + SourceText.Backfill(options.MongoUri!, since: null);
        string generation;
        try
        {
            var (begun, abandoned) = await store.BeginRebuildAsync(source);
            if (begun is null)
            {
                status.Error("rebuild needs a complete read model to rebuild beside; an empty or unfinished one is built by replay or backfill");
                return ExitCode.Usage;
            }
            generation = begun;
            if (abandoned is not null)
                status.Complete($"an unfinished rebuild (generation {abandoned}) was abandoned: {await store.DeleteGenerationAsync(abandoned)} keys deleted");
            status.Complete($"rebuilding as generation {generation}; the live generation keeps answering until the switch");
        }
        catch (RedisException error)
        {
            status.Error($"cannot reach Redis for the read model's state ({error.Message}); check ConnectionStrings__redis");
            return ExitCode.SourceFailed;
        }

        await using var session = BuildSession.Of(store, new BuildClaim(BuildStart.Began, generation));
        var bus = services.GetRequiredService<IBusControl>();
        if (!await BrokerStart.TryStartAsync(bus, status, cancellationToken))
            return ExitCode.PublishFailed;
        (long Published, long Rejected) total;
        try
        {
            var configuration = services.GetRequiredService<IConfiguration>();
            using var publisher = new EventPublisher(bus, runId, configuration.GetValue("Ingestor:PublishWindow", EventPublisher.DefaultWindow),
                configuration.GetValue("Ingestor:EnvelopeSize", EventPublisher.BulkEnvelopeSize), targetGeneration: generation);
            total = options.From is { } folder
                ? await ReplayAsync(folder, publisher, session, status, cancellationToken)
                : await BackfillAsync(options, store, generation, publisher, session, status, cancellationToken);
        }
        catch (PublishFailedException error)
        {
            status.Error($"rebuild stopped: {error.Message}; run it again (the live generation still answers)");
            return ExitCode.PublishFailed;
        }
        catch (Exception error) when (error is MongoException or TimeoutException or RedisException)
        {
            status.Error($"rebuild stopped: {error.Message}; run it again (the live generation still answers)");
            return ExitCode.SourceFailed;
        }
        finally
        {
            await bus.StopAsync(CancellationToken.None);
        }

        var waited = await services.GetRequiredService<RunWait>().WaitAsync(runId, total.Published, options.WaitTimeout, status, cancellationToken);
        if (waited != ExitCode.Ok)
        {
            await session.LeaveUnfinishedAsync("the rebuild's events were not all applied; the live generation still answers");
            status.Error($"not switched: generation {generation} is left unfinished; the live generation still answers; run rebuild again");
            return waited;
        }

        await session.DisposeAsync();
        var old = await store.SwitchAsync(generation);
        if (old is null)
        {
            status.Error($"not switched: another rebuild replaced generation {generation} meanwhile");
            return ExitCode.SourceFailed;
        }
        status.Complete($"switched: generation {generation} is live; {old} is deleted in {options.KeepOld.TotalSeconds:0} s");
        await Task.Delay(options.KeepOld, cancellationToken);
        status.Complete($"generation {old}: {await store.DeleteGenerationAsync(old)} keys deleted");
        return total.Rejected > 0 ? ExitCode.Rejected : ExitCode.Ok;
    }

    private static async Task<(long, long)> ReplayAsync(string folder, EventPublisher publisher, BuildSession session, StatusLine status, CancellationToken cancellationToken)
    {
        var replayer = new ExportReplayer(publisher, status);
        session.Track(replayer.Describe);
        var total = await replayer.ReplayAsync(folder, cancellationToken);
        status.Complete(total.Describe(final: true));
        return (total.Published, total.Rejected);
    }

    private async Task<(long, long)> BackfillAsync(
        RebuildOptions options, ReadModelStateStore store, string generation, EventPublisher publisher, BuildSession session, StatusLine status,
        CancellationToken cancellationToken)
    {
        var checkpoints = SourceCheckpoints.OfGeneration(services.GetRequiredService<IConnectionMultiplexer>(), store.Keys.ForGeneration(generation));
        var source = services.GetRequiredService<IBackfillSources>().Open(options.MongoUri!);
        var rate = new TokenBucket(options.Rate, services.GetRequiredService<TimeProvider>());
        var backfiller = new Backfiller(new BackfillRun(source, checkpoints, publisher, rate, status, BackfillFilter.All, options.PageSize));
        session.Track(backfiller.Describe);
        var total = await backfiller.RunAsync(cancellationToken);
        status.Complete(total.Describe(final: true));
        return (total.Published, total.Rejected);
    }

}
