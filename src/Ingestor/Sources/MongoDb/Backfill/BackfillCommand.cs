using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MongoDB.Driver;
using OmniCharts.Ingestor.Cli;
using OmniCharts.Ingestor.Publishing;
using OmniCharts.Ingestor.Runs;
using OmniCharts.Ingestor.Sources.MongoDb.Polling;
using StackExchange.Redis;

namespace OmniCharts.Ingestor.Sources.MongoDb.Backfill;

/// <summary>
/// <c>backfill</c>: publishes Rocket.Chat's database under a fresh run id, resuming from the checkpoints, then
/// optionally waits for the projector like <c>replay --wait</c>.
/// </summary>
public sealed class BackfillCommand(IServiceProvider services)
{
    private static readonly TimeSpan BrokerTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Runs the backfill and returns the exit code.</summary>
    public async Task<ExitCode> RunAsync(BackfillOptions options, CliConsole console, CancellationToken cancellationToken)
    {
        var runId = Guid.NewGuid().ToString("N");
        console.Out.WriteLine($"run id: {runId}");
        var status = services.GetRequiredService<StatusLine>();
        if (await CheckpointsAsync(options, status) is not { } checkpoints)
            return ExitCode.SourceFailed;
        var bus = services.GetRequiredService<IBusControl>();
        if (!await StartAsync(bus, status, cancellationToken))
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
            total = await new Backfiller(new BackfillRun(source, checkpoints, publisher, rate, status, new BackfillFilter(options.Since), options.PageSize))
                .RunAsync(cancellationToken);
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
        if (!options.Wait)
            return backfilled;
        var waited = await services.GetRequiredService<RunWait>().WaitAsync(runId, total.Published, options.WaitTimeout, status, cancellationToken);
        return (ExitCode)Math.Max((int)backfilled, (int)waited);
    }

    // Redis is needed before anything is read: without checkpoints a backfill could not resume.
    private async Task<SourceCheckpoints?> CheckpointsAsync(BackfillOptions options, StatusLine status)
    {
        try
        {
            var checkpoints = services.GetRequiredService<SourceCheckpoints>();
            if (options.Restart)
            {
                foreach (var name in Backfiller.Order.Select(c => BackfillCheckpoint.NameOf(CollectionNames.Of(c))))
                    await checkpoints.DeleteAsync(name);
                status.Complete("--restart: checkpoints cleared, reading everything again");
            }
            return checkpoints;
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

    private static async Task<bool> StartAsync(IBusControl bus, StatusLine status, CancellationToken cancellationToken)
    {
        using var start = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        start.CancelAfter(BrokerTimeout);
        try
        {
            await bus.StartAsync(start.Token);
            return true;
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            status.Error($"cannot reach RabbitMQ ({error.Message}); check ConnectionStrings__rabbitmq");
            return false;
        }
    }
}
