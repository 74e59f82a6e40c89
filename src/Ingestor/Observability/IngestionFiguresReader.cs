using OmniCharts.Ingestor.Webhooks;
using StackExchange.Redis;

namespace OmniCharts.Ingestor.Observability;

/// <summary>Reads <see cref="IngestionFigures"/>: the live state from memory, the projector's counters from Redis (one round trip).</summary>
public sealed class IngestionFiguresReader(IngestionStatus status, RunCountersStore store, WebhookCounters webhooks, TimeProvider clock)
{
    /// <summary>Reads the figures now; a Redis outage leaves the Redis-based figures null and says why.</summary>
    public async Task<IngestionFigures> ReadAsync()
    {
        var published = status.Published;
        RunCounters? counters = null;
        string? redisError = null;
        try
        {
            counters = await store.SyncAsync(status.RunId, status.Run.Numbered, published);
        }
        catch (Exception error) when (error is RedisException or TimeoutException)
        {
            redisError = error.Message;
        }

        double? lag = null;
        if (counters is not null)
        {
            var oldest = status.OldestWaiting(counters.Applied + counters.Failed);
            lag = oldest is null ? 0 : Math.Max(0, (clock.GetUtcNow() - oldest.Value).TotalSeconds);
        }

        var sources = status.Sources.OrderBy(source => source.Source, StringComparer.Ordinal).ToList();
        return new IngestionFigures(status.RunId, status.Mode, published, counters?.Applied, counters?.Failed,
            counters?.Backlog, lag, sources, webhooks.Read(), redisError);
    }
}
