using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MongoDB.Driver;
using OmniCharts.Ingestor.Cli;
using OmniCharts.Ingestor.Publishing;
using OmniCharts.Ingestor.Runs;
using OmniCharts.Ingestor.Sources.MongoDb;
using OmniCharts.Ingestor.Sources.MongoDb.Backfill;
using OmniCharts.Ingestor.Sources.MongoDb.Polling;
using OmniCharts.ReadModel.Generations;
using StackExchange.Redis;

namespace OmniCharts.Ingestor.Builds;

/// <summary>
/// <c>serve</c> heals a lost read model by itself. Every few seconds it reads the read model's state; when there is
/// none (never built, or Redis restarted empty) it backfills the whole history from MongoDB as a build, with the usual
/// checkpoints and progress, waits until the Projector applied it and marks it complete. The tail keeps running
/// meanwhile and its changes reach the same generation, so nothing between the two is lost. A build it began and
/// could not finish (a restart, a timeout) is taken over on the next look; another program's build is left alone.
/// </summary>
public sealed partial class SelfHealing(
    ReadModelStateStore state, IBackfillSources sources, IBus bus, RunWaiter waiter, IConnectionMultiplexer redis,
    SelfHealingOptions options, IConfiguration configuration, TimeProvider clock, ILogger<SelfHealing> logger) : BackgroundService
{
    /// <summary>How many builds this process completed (for tests and the log).</summary>
    public int Completed { get; private set; }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled)
            return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (NeedsHealing(await state.ReadAsync()))
                    await HealAsync(stoppingToken);
            }
            catch (Exception error) when (error is RedisException or MongoException or TimeoutException or PublishFailedException && !stoppingToken.IsCancellationRequested)
            {
                // The next look tries again, resuming from the backfill's checkpoints.
                LogFailed(error.Message);
            }

            await Task.Delay(options.Interval, clock, stoppingToken).ConfigureAwait(false);
        }
    }

    private bool NeedsHealing(ReadModelState current) =>
        current.LiveInfo is not { } live || !ReadModelState.IsOfLayout(live.Name, state.Keys.Generation) ||
        (!live.IsReady && live.Source?.StartsWith(SelfHealingOptions.SourcePrefix, StringComparison.Ordinal) == true);

    private async Task HealAsync(CancellationToken cancellationToken)
    {
        var mongo = configuration.GetConnectionString("mongodb") is { Length: > 0 } configured ? configured : MongoRegistration.DefaultMongo;
        var status = new StatusLine(LoggedConsole.Of(logger));
        await using var session = await BuildSession.ClaimAsync(state,
            SelfHealingOptions.SourcePrefix + SourceText.Backfill(mongo, since: null) + ", the read model having been found empty", status);
        if (!session.Builds)
            return;
        LogHealing(session.Claim.Generation);

        var runId = Guid.NewGuid().ToString("N");
        using var publisher = new EventPublisher(bus, runId, configuration.GetValue("Ingestor:PublishWindow", EventPublisher.DefaultWindow),
            configuration.GetValue("Ingestor:EnvelopeSize", EventPublisher.BulkEnvelopeSize));
        var checkpoints = SourceCheckpoints.OfGeneration(redis, state.Keys.ForGeneration(session.Claim.Generation));
        var backfiller = new Backfiller(new BackfillRun(sources.Open(mongo), checkpoints, publisher, new TokenBucket(options.Rate, clock),
            status, BackfillFilter.All, configuration.GetValue("Ingestor:SelfHeal:PageSize", BackfillOptions.DefaultPageSize)));
        session.Track(backfiller.Describe);
        var total = await backfiller.RunAsync(cancellationToken);
        status.Complete(total.Describe(final: true));

        var progress = await waiter.WaitAsync(runId, total.Published, options.WaitTimeout, status, cancellationToken);
        if (progress.TimedOut || progress.Failed > 0)
        {
            await session.LeaveUnfinishedAsync($"serve's backfill published {total.Published} events; the Projector applied {progress.Applied} and failed {progress.Failed}; serve tries again");
            return;
        }

        await session.CompleteAsync(status);
        Completed++;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The read model is empty (never built, or Redis lost it): backfilling generation {Generation} from MongoDB")]
    private partial void LogHealing(string generation);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Healing the read model failed ({Reason}); trying again")]
    private partial void LogFailed(string reason);
}
