using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MongoDB.Driver;
using OmniCharts.Ingestor.Publishing;

namespace OmniCharts.Ingestor.Webhooks;

/// <summary>
/// Fetches hinted rooms one at a time, so a burst of webhooks never puts more than one query at a time on
/// Rocket.Chat's database. A failed fetch is logged and counted, not retried: the hint was only an accelerator,
/// and the change stream, polling or reconciliation publishes the change anyway.
/// </summary>
public sealed partial class RoomHintWorker(RoomHintQueue queue, RoomRefresher refresher, WebhookCounters counters, ILogger<RoomHintWorker> logger)
    : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var roomId = await queue.TakeAsync(stoppingToken);
            try
            {
                await refresher.RefreshAsync(roomId, stoppingToken);
            }
            catch (Exception error) when (error is MongoException or TimeoutException or PublishFailedException)
            {
                counters.Failed();
                LogFailed(error, roomId);
            }
            catch (Exception error) when (error is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // Anything else is a bug (e.g. a document shape the mapper did not expect). It is logged as an error
                // and counted, but it must not stop the service: the live sources do not depend on this worker.
                counters.Failed();
                LogBug(error, roomId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook hint for room {RoomId} not served; the live sources will publish the change")]
    private partial void LogFailed(Exception error, string roomId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook hint for room {RoomId} failed unexpectedly; the live sources will publish the change")]
    private partial void LogBug(Exception error, string roomId);
}
