using System.Runtime.CompilerServices;
using MongoDB.Bson;
using MongoDB.Driver;
using OmniCharts.Ingestor.Documents;
using OmniCharts.Ingestor.Sources.MongoDb;

namespace OmniCharts.Ingestor.Webhooks;

/// <summary>
/// Reads a hinted room from the primary (preferred): the webhook announces a change that a lagging secondary may
/// not hold yet, and a room by <c>_id</c> plus its messages by <c>rid</c> (indexed by Rocket.Chat) are cheap reads.
/// </summary>
public sealed class MongoRoomSource(IMongoDatabase database) : IRoomSource
{
    /// <inheritdoc />
    public async Task<BsonDocument?> FindRoomAsync(string roomId, CancellationToken cancellationToken) =>
        await Collection(RocketChatCollection.Rooms)
            .Find(Builders<BsonDocument>.Filter.Eq("_id", roomId) & Builders<BsonDocument>.Filter.Eq("t", "l"))
            .FirstOrDefaultAsync(cancellationToken);

    /// <inheritdoc />
    public async IAsyncEnumerable<BsonDocument> MessagesAsync(string roomId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var cursor = await Collection(RocketChatCollection.Messages)
            .Find(Builders<BsonDocument>.Filter.Eq("rid", roomId))
            .ToCursorAsync(cancellationToken);
        while (await cursor.MoveNextAsync(cancellationToken))
        {
            foreach (var message in cursor.Current)
                yield return message;
        }
    }

    private IMongoCollection<BsonDocument> Collection(RocketChatCollection collection) =>
        database.GetCollection<BsonDocument>(CollectionNames.Of(collection)).WithReadPreference(ReadPreference.PrimaryPreferred);
}
