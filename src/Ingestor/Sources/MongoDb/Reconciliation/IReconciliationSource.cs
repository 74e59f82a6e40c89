using MongoDB.Bson;
using OmniCharts.Ingestor.Documents;

namespace OmniCharts.Ingestor.Sources.MongoDb.Reconciliation;

/// <summary>
/// The MongoDB reads of the reconciliation: projections of <c>_id</c> and <c>_updatedAt</c> (rooms only
/// <c>t: 'l'</c>), then whole documents only for what differs.
/// </summary>
public interface IReconciliationSource
{
    /// <summary>Up to <paramref name="limit"/> stamps with <c>_id</c> greater than <paramref name="afterId"/>, in <c>_id</c> order.</summary>
    Task<IReadOnlyList<DocumentStamp>> PageAsync(RocketChatCollection collection, string afterId, int limit, CancellationToken cancellationToken);

    /// <summary>Which of <paramref name="ids"/> still exist (rooms: as Omnichannel rooms).</summary>
    Task<IReadOnlySet<string>> ExistingAsync(RocketChatCollection collection, IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    /// <summary>The whole documents of <paramref name="ids"/> that exist.</summary>
    Task<IReadOnlyList<BsonDocument>> FetchAsync(RocketChatCollection collection, IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    /// <summary>The ids of the Omnichannel rooms whose <c>_updatedAt</c> is at or after <paramref name="since"/>.</summary>
    Task<IReadOnlyList<string>> RoomsChangedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>The stamps of every message of room <paramref name="roomId"/>.</summary>
    Task<IReadOnlyList<DocumentStamp>> MessagesOfRoomAsync(string roomId, CancellationToken cancellationToken);
}
