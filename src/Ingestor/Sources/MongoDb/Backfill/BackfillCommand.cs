using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MongoDB.Driver;
using OmniCharts.Ingestor.Builds;
using OmniCharts.Ingestor.Cli;
using OmniCharts.Ingestor.Publishing;
using OmniCharts.Ingestor.Runs;
using OmniCharts.Ingestor.Sources.MongoDb.Polling;
using OmniCharts.ReadModel.Generations;
using StackExchange.Redis;

namespace OmniCharts.Ingestor.Sources.MongoDb.Backfill;

/// <summary>
/// <c>backfill</c>: publishes Rocket.Chat's database under a fresh run id, resuming from the checkpoints, then
/// optionally waits for the projector like <c>replay --wait</c>. On an empty read model it builds it
/// (<see cref="BuildSession"/>): it then always waits, and marks the read model complete.
/// </summary>
public sealed class BackfillCommand(IServiceProvider services)
{
    /// <summary>Runs the backfill and returns the exit code.</summary>
    public async Task<ExitCode> RunAsync(BackfillOptions options, CliConsole console, CancellationToken cancellationToken)
    {
        var runId = Guid.NewGuid().ToString("N");
        console.Out.WriteLine($"run id: {runId}");
        var status = services.GetRequiredService<StatusLine>();
        if (await ClaimAsync(options, status) is not { } build)
            return ExitCode.SourceFailed;
        await using var session = build.Session;
        var checkpoints = build.Checkpoints;
        var bus = services.GetRequiredService<IBusControl>();
        if (!await BrokerStart.TryStartAsync(bus, status, cancellationToken))
            return ExitCode.PublishFailed;

        BackfillCounters total;
        try
        {
            // A bulk source like replay: rooms and messages travel in envelopes, flushed before each checkpoint.
            var configuration = services.GetRequiredService<IConfiguration>();
            using var publisher = new EventPublisher(bus, runId, configuration.GetValue("Ingestor:PublishWindow", EventPublisher.DefaultWindow),
                configuration.GetValue("Ingestor:EnvelopeSize", EventPublisher.BulkEnvelopeSize))
            {
                PublishTimeout = configuration.GetValue("Ingestor:PublishTimeout", EventPublisher.DefaultPublishTimeout),
            };
            var source = services.GetRequiredService<IBackfillSources>().Open(options.MongoUri);
            var rate = new TokenBucket(options.Rate, services.GetRequiredService<TimeProvider>());
            var backfiller = new Backfiller(new BackfillRun(source, checkpoints, publisher, rate, status, new BackfillFilter(options.Since), options.PageSize));
            session.Track(backfiller.Describe);
            total = await backfiller.RunAsync(cancellationToken);
        }
        catch (PublishFailedException error)
        {
            status.Error($"backfill stopped: {error.Message}; run it again to resume from the last confirmed page");
            return ExitCode.PublishFailed;
        }
        catch (Exception error) when (error is MongoException or TimeoutException or RedisException or InvalidDataException or FormatException)
        {
            status.Error($"backfill stopped: {Brief(error.Message)}; check --mongo (and ConnectionStrings__redis), then run it again to resume");
            return ExitCode.SourceFailed;
        }
        finally
        {
            await bus.StopAsync(CancellationToken.None);
        }

        status.Complete(total.Describe(final: true));
        var backfilled = total.Rejected > 0 ? ExitCode.Rejected : ExitCode.Ok;
        if (!options.Wait && !session.Builds)
            return backfilled;
        var waited = await services.GetRequiredService<RunWait>().WaitAsync(runId, total.Published, options.WaitTimeout, status, cancellationToken);
        if (session.Builds && waited == ExitCode.Ok)
            await session.CompleteAsync(status);
        else if (session.Builds)
            await session.LeaveUnfinishedAsync("the backfill's events were not all applied by the Projector; run the backfill again to complete it");
        return (ExitCode)Math.Max((int)backfilled, (int)waited);
    }

    // Redis is needed before anything is read: it says whether this backfill builds the read model, and without
    // checkpoints (kept with the generation it writes) a backfill could not resume.
    private async Task<(BuildSession Session, SourceCheckpoints Checkpoints)?> ClaimAsync(BackfillOptions options, StatusLine status)
    {
        try
        {
            var store = services.GetRequiredService<ReadModelStateStore>();
            var session = await BuildSession.ClaimAsync(store, SourceText.Backfill(options.MongoUri, options.Since), status);
            var checkpoints = SourceCheckpoints.OfGeneration(services.GetRequiredService<IConnectionMultiplexer>(), store.Keys.ForGeneration(session.Claim.Generation));
            if (options.Restart)
            {
                foreach (var name in Backfiller.Order.Select(c => BackfillCheckpoint.NameOf(CollectionNames.Of(c))))
                    await checkpoints.DeleteAsync(name);
                status.Complete("--restart: checkpoints cleared, reading everything again");
            }
            return (session, checkpoints);
        }
        catch (RedisException error)
        {
            status.Error($"cannot reach Redis for the checkpoints ({error.Message}); check ConnectionStrings__redis");
            return null;
        }
    }

    // The driver's server-selection timeout appends its whole cluster view, heartbeat stack traces included.
    private static string Brief(string message)
    {
        var cut = message.IndexOf(" using CompositeServerSelector", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

}
