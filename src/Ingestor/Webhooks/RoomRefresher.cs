using MassTransit;
using Microsoft.Extensions.Logging;
using MongoDB.Bson;
using OmniCharts.Ingestor.Documents;
using OmniCharts.Ingestor.Observability;
using OmniCharts.Ingestor.Publishing;
using OmniCharts.Ingestor.Sources.MongoDb;

namespace OmniCharts.Ingestor.Webhooks;

/// <summary>
/// Fetches one hinted room and its messages and publishes them like any other source, under the service's run
/// id. The numbers come from the documents, never from the webhook; a room the database does not hold is
/// left alone (a deletion is the change stream's or the reconciliation's to publish).
/// </summary>
public sealed partial class RoomRefresher(
    IRoomSource rooms, IPublishEndpoint bus, IngestionStatus status, WebhookCounters counters, ILogger<RoomRefresher> logger)
{
    /// <summary>The source name under which webhook fetches appear in <see cref="IngestionStatus.Sources"/>.</summary>
    public const string SourceName = "webhook";

    /// <summary>Fetches and publishes <paramref name="roomId"/>; returns once the broker confirmed every event.</summary>
    public async Task RefreshAsync(string roomId, CancellationToken cancellationToken)
    {
        var room = await rooms.FindRoomAsync(roomId, cancellationToken);
        if (room is null)
        {
            counters.NotFound();
            LogNotFound(roomId);
            return;
        }

        using var publisher = new EventPublisher(bus, status.Run);
        long published = 0;
        var newest = DateTimeOffset.MinValue;
        async Task PublishAsync(RocketChatCollection collection, BsonDocument document)
        {
            var outcome = DocumentMapper.Map(collection, document);
            if (outcome.Kind == OutcomeKind.Reject)
                LogRejected(CollectionNames.Of(collection), document.GetValue("_id", BsonNull.Value).ToString()!, outcome.Reason);
            if (outcome.Kind != OutcomeKind.Publish)
                return;
            await publisher.PublishAsync(outcome.Event!, () => Interlocked.Increment(ref published), cancellationToken);
            if (document.GetValue("_updatedAt", BsonNull.Value) is { IsBsonDateTime: true } updatedAt)
                newest = Later(newest, DateTimeOffset.FromUnixTimeMilliseconds(updatedAt.AsBsonDateTime.MillisecondsSinceEpoch));
        }

        try
        {
            await PublishAsync(RocketChatCollection.Rooms, room);
            await foreach (var message in rooms.MessagesAsync(roomId, cancellationToken))
                await PublishAsync(RocketChatCollection.Messages, message);
            await publisher.FlushAsync(cancellationToken);
            counters.Fetched(published);
            LogFetched(roomId, published);
        }
        catch
        {
            await DrainAsync(publisher);
            throw;
        }
        finally
        {
            // Events the broker confirmed before a failure were published all the same: the backlog must count them.
            if (published > 0)
                status.Confirmed(SourceName, roomId, newest, Interlocked.Read(ref published));
        }
    }

    // Waits for the publishes still in flight, so the count is final and none outlives the publisher; their own
    // failure is the one being rethrown.
    private static async Task DrainAsync(EventPublisher publisher)
    {
        try
        {
            await publisher.FlushAsync(CancellationToken.None);
        }
        catch (PublishFailedException)
        {
        }
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Webhook hint for room {RoomId}: no Omnichannel room with that id")]
    private partial void LogNotFound(string roomId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook fetch: {Collection} {Id} rejected: {Reason}")]
    private partial void LogRejected(string collection, string id, string? reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Webhook hint for room {RoomId}: published {Published} events")]
    private partial void LogFetched(string roomId, long published);
}
