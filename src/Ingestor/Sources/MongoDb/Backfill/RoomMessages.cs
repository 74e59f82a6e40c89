using MongoDB.Bson;
using OmniCharts.Ingestor.Documents;

namespace OmniCharts.Ingestor.Sources.MongoDb.Backfill;

/// <summary>
/// Publishes the messages of a page of rooms, and keeps the estimate of how many messages the backfill will
/// read: the rooms' own <c>msgs</c> counters so far, extrapolated to every room still expected.
/// </summary>
internal sealed class RoomMessages(BackfillRun run, BackfillCounters counters)
{
    private readonly DocumentPublisher _publisher = new(run);
    private long _roomsSeen;
    private long _messagesAnnounced;

    public BackfillCounters Counters => counters;

    /// <summary>Reads and publishes the messages of <paramref name="roomIds"/>, the rooms of <paramref name="page"/> that were published.</summary>
    public async Task PublishAsync(IReadOnlyList<BsonDocument> page, IReadOnlyCollection<string> roomIds, BackfillCounters rooms, CancellationToken cancellationToken)
    {
        Estimate(page, rooms);
        await foreach (var message in run.Source.ReadMessagesAsync(roomIds, cancellationToken))
        {
            await run.Rate.ChargeAsync(1, cancellationToken);
            counters.CountRead();
            await _publisher.PublishAsync(RocketChatCollection.Messages, message, counters, cancellationToken);
            run.Status.Update(() => rooms.Describe(final: false) + " | " + counters.Describe(final: false));
        }
    }

    private void Estimate(IReadOnlyList<BsonDocument> page, BackfillCounters rooms)
    {
        _roomsSeen += page.Count;
        _messagesAnnounced += page.Sum(room => room.GetValue("msgs", 0) is { IsNumeric: true } msgs ? (long)msgs.ToDouble() : 0);
        counters.ExpectedIsEstimate = true;
        counters.Expected = _roomsSeen == 0 ? null : _messagesAnnounced * Math.Max(rooms.Expected ?? 0, _roomsSeen) / _roomsSeen;
    }
}
