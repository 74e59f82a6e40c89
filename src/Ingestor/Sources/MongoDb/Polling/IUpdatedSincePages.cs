using MongoDB.Bson;
using OmniCharts.Ingestor.Documents;

namespace OmniCharts.Ingestor.Sources.MongoDb.Polling;

/// <summary>
/// Reads one collection in (<c>_updatedAt</c>, <c>_id</c>) order after a position: the only MongoDB I/O a poll
/// needs (<c>{$or: [{_updatedAt: {$gt: t}}, {_updatedAt: t, _id: {$gt: id}}]}</c>, sorted, limited).
/// </summary>
public interface IUpdatedSincePages
{
    /// <summary>At most <paramref name="limit"/> documents after <paramref name="after"/> (from the start when null).</summary>
    Task<IReadOnlyList<BsonDocument>> ReadAsync(
        RocketChatCollection collection, PollPosition? after, int limit, CancellationToken cancellationToken);
}
