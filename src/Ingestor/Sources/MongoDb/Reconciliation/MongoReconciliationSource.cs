using MongoDB.Bson;
using MongoDB.Driver;
using OmniCharts.Ingestor.Documents;

namespace OmniCharts.Ingestor.Sources.MongoDb.Reconciliation;

/// <summary>The reconciliation's queries, on a secondary when there is one; each uses an index Rocket.Chat has (<c>_id</c>, <c>_updatedAt</c>, <c>rid</c>).</summary>
public sealed class MongoReconciliationSource(IMongoDatabase database) : IReconciliationSource
{
    private static readonly FilterDefinitionBuilder<BsonDocument> Filter = Builders<BsonDocument>.Filter;
    private static readonly ProjectionDefinition<BsonDocument> Stamp = Builders<BsonDocument>.Projection.Include("_id").Include("_updatedAt");

    /// <inheritdoc />
    public async Task<IReadOnlyList<DocumentStamp>> PageAsync(RocketChatCollection collection, string afterId, int limit, CancellationToken cancellationToken) =>
        (await Collection(collection).Find(Scope(collection, Filter.Gt("_id", afterId))).Project(Stamp)
            .Sort(Builders<BsonDocument>.Sort.Ascending("_id")).Limit(limit).ToListAsync(cancellationToken)).ConvertAll(StampOf);

    /// <inheritdoc />
    public async Task<IReadOnlySet<string>> ExistingAsync(RocketChatCollection collection, IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        (await Collection(collection).Find(Scope(collection, Filter.In("_id", ids))).Project(Builders<BsonDocument>.Projection.Include("_id"))
            .ToListAsync(cancellationToken)).Select(d => d["_id"].ToString()!).ToHashSet(StringComparer.Ordinal);

    /// <inheritdoc />
    public async Task<IReadOnlyList<BsonDocument>> FetchAsync(RocketChatCollection collection, IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        await Collection(collection).Find(Filter.In("_id", ids)).ToListAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> RoomsChangedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        (await Collection(RocketChatCollection.Rooms).Find(Scope(RocketChatCollection.Rooms, Filter.Gte("_updatedAt", since.UtcDateTime)))
            .Project(Builders<BsonDocument>.Projection.Include("_id")).ToListAsync(cancellationToken)).ConvertAll(d => d["_id"].ToString()!);

    /// <inheritdoc />
    public async Task<IReadOnlyList<DocumentStamp>> MessagesOfRoomAsync(string roomId, CancellationToken cancellationToken) =>
        (await Collection(RocketChatCollection.Messages).Find(Filter.Eq("rid", roomId)).Project(Stamp).ToListAsync(cancellationToken)).ConvertAll(StampOf);

    private IMongoCollection<BsonDocument> Collection(RocketChatCollection collection) =>
        database.GetCollection<BsonDocument>(CollectionNames.Of(collection)).WithReadPreference(ReadPreference.SecondaryPreferred);

    private static FilterDefinition<BsonDocument> Scope(RocketChatCollection collection, FilterDefinition<BsonDocument> filter) =>
        collection == RocketChatCollection.Rooms ? filter & Filter.Eq("t", "l") : filter;

    private static DocumentStamp StampOf(BsonDocument document) => new(
        document["_id"].ToString()!,
        document.GetValue("_updatedAt", BsonNull.Value) is { IsBsonDateTime: true } updatedAt ? updatedAt.AsBsonDateTime.MillisecondsSinceEpoch : 0);
}
