using MongoDB.Bson;

namespace OmniCharts.Ingestor.Sources.MongoDb.TeamChat;

/// <summary>Rooms by id, of any type, with the fields the mapper reads: the MongoDB seam of <see cref="PendingRoomResolver"/>.</summary>
public interface IRoomLookup
{
    /// <summary>The rooms among <paramref name="roomIds"/> that exist; an id without a document is left out.</summary>
    Task<IReadOnlyList<BsonDocument>> FindRoomsAsync(IReadOnlyCollection<string> roomIds, CancellationToken cancellationToken);
}
