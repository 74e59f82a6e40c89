using MongoDB.Bson;
using MongoDB.Driver;
using OmniCharts.Ingestor.Documents;

namespace OmniCharts.Ingestor.Sources.MongoDb.TeamChat;

/// <summary>
/// <c>rocketchat_room.find({_id: {$in: ids}})</c> on the primary (preferred): a room missing there is really gone,
/// which a lagging secondary could not tell.
/// </summary>
public sealed class MongoRoomLookup(IMongoDatabase database) : IRoomLookup
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<BsonDocument>> FindRoomsAsync(IReadOnlyCollection<string> roomIds, CancellationToken cancellationToken) =>
        await database.GetCollection<BsonDocument>(CollectionNames.Of(RocketChatCollection.Rooms))
            .WithReadPreference(ReadPreference.PrimaryPreferred)
            .Find(Builders<BsonDocument>.Filter.In("_id", roomIds))
            .Project(Builders<BsonDocument>.Projection.Combine(MappedFields.Of(RocketChatCollection.Rooms).Select(f => Builders<BsonDocument>.Projection.Include(f))))
            .ToListAsync(cancellationToken);
}
