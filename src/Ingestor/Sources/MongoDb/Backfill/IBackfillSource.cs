using MongoDB.Bson;
using OmniCharts.Ingestor.Documents;

namespace OmniCharts.Ingestor.Sources.MongoDb.Backfill;

/// <summary>
/// The only MongoDB I/O a backfill needs: pages of a collection in <c>_id</c> order (the one index every
/// collection has), the messages of a set of rooms, and counts for the progress line.
/// </summary>
public interface IBackfillSource
{
    /// <summary>
    /// At most <paramref name="limit"/> documents with <c>_id</c> greater than <paramref name="afterId"/> (from the
    /// start when null), in <c>_id</c> order; rooms only when <c>t: 'l'</c> and started at or after <c>since</c>.
    /// </summary>
    Task<IReadOnlyList<BsonDocument>> ReadPageAsync(
        RocketChatCollection collection, BackfillFilter filter, string? afterId, int limit, CancellationToken cancellationToken);

    /// <summary>Every message whose <c>rid</c> is one of <paramref name="roomIds"/>, in no particular order.</summary>
    IAsyncEnumerable<BsonDocument> ReadMessagesAsync(IReadOnlyCollection<string> roomIds, CancellationToken cancellationToken);

    /// <summary>
    /// How many documents <see cref="ReadPageAsync"/> would still return after <paramref name="afterId"/>;
    /// may be an estimate where an exact count would cost Rocket.Chat a scan.
    /// </summary>
    Task<long> CountAsync(RocketChatCollection collection, BackfillFilter filter, string? afterId, CancellationToken cancellationToken);
}
