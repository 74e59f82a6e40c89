using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MongoDB.Bson;
using OmniCharts.Ingestor.Observability;
using OmniCharts.Ingestor.Sources.MongoDb.Polling;

namespace OmniCharts.Ingestor.Sources.MongoDb.ChangeStreams;

/// <summary>
/// Follows the change stream for the life of the service and picks the mode: change stream where it can,
/// Polling (the Quartz poll job does the work) where the server has no change streams, and a catch-up poll
/// when the stored token has expired. Every (re)opening happens before the poll that covers the gap, so a
/// change made in between is seen by the stream, by the poll, or by both.
/// </summary>
public sealed class ChangeStreamTail(
    IChangeStreamSource source, SourceCheckpoints checkpoints, BatchForwarder forwarder, PollFallback poll,
    ILivePublishers publishers, IngestionStatus status, LiveOptions options, TimeProvider clock, ILogger<ChangeStreamTail> logger)
    : BackgroundService
{
    private StreamStart _plan = StreamStart.FromCheckpoint;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Mode == LiveMode.Polling)
        {
            status.Enter(IngestionMode.Polling, $"Ingestor:Mode is polling; polling every {options.PollInterval}");
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await FollowAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error) when (ChangeStreamFailure.IsHistoryLost(error))
            {
                var from = await poll.SafePointAsync();
                logger.LogWarning(error, "The change stream cannot resume; catching up by polling from {From}", PollFallback.Describe(from));
                status.Enter(IngestionMode.Polling, $"resume token expired ({error.Message}); catching up from {PollFallback.Describe(from)}");
                _plan = StreamStart.CatchUpFrom(from);
            }
            catch (Exception error) when (ChangeStreamFailure.IsUnavailable(error) && options.Mode == LiveMode.Auto)
            {
                logger.LogWarning("Change streams are unavailable ({Reason}); polling every {Interval}", error.Message, options.PollInterval);
                if (status.Mode.Mode != IngestionMode.Polling)
                    status.Enter(IngestionMode.Polling, $"change streams are unavailable: {error.Message}");
                // Back on a stream later, the poll checkpoints are where it must catch up from.
                _plan = StreamStart.AfterPolling;
                await Task.Delay(options.StreamRetryInterval, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
            catch (Exception error)
            {
                logger.LogError(error, "The change stream failed; reopening in {Delay}", options.StreamRetryInterval);
                // In Polling mode the poll job goes on; otherwise nothing follows the database until the stream reopens.
                if (status.Mode.Mode != IngestionMode.Polling)
                    status.Enter(IngestionMode.Starting, $"the change stream failed: {error.Message}");
                await Task.Delay(options.StreamRetryInterval, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task FollowAsync(CancellationToken cancellationToken)
    {
        var plan = _plan;
        var stored = await checkpoints.ReadAsync(StreamCheckpoint.Source) is { } text ? StreamCheckpoint.Parse(text) : null;
        var resumeAfter = plan.Kind == StreamStartKind.FromCheckpoint ? stored?.Token : null;
        await using var batches = await source.OpenAsync(resumeAfter, cancellationToken);
        if (plan.Kind != StreamStartKind.FromCheckpoint)
            await poll.RunAsync(plan.CatchUpFromMs, cancellationToken);
        // From here the stream covers everything; a later failure resumes after its own token.
        _plan = StreamStart.FromCheckpoint;
        status.Enter(IngestionMode.ChangeStream, resumeAfter is null ? "change stream opened at the current time" : "change stream resumed after the stored token");
        logger.LogInformation("Following the change stream ({How})", resumeAfter is null ? "from now" : "after the stored token");

        // Until the first batch stores a token, the safe point is the stream's opening (or the old checkpoint's).
        var checkpoint = new StreamCheckpoint(resumeAfter ?? new BsonDocument(), stored?.LastChangeMs ?? clock.GetUtcNow().ToUnixTimeMilliseconds());
        using var publisher = publishers.Create();
        while (true)
        {
            var batch = await batches.NextAsync(cancellationToken);
            checkpoint = await forwarder.ForwardAsync(batch, checkpoint, publisher, cancellationToken);
        }
    }
}
