using System.Runtime.CompilerServices;
using MongoDB.Bson;
using MongoDB.Driver;
using OmniCharts.Ingestor.Documents;

namespace OmniCharts.Ingestor.Sources.MongoDb.Backfill;

/// <summary>
/// The backfill queries on Rocket.Chat's database, read from a secondary when there is one. Pages walk the
/// <c>_id</c> index (hinted, so each page is one index range whatever other indexes exist); messages are found
/// by Rocket.Chat's <c>{rid: 1, ts: 1}</c> index, a page of rooms at a time.
/// </summary>
public sealed class MongoBackfillSource(IMongoDatabase database) : IBackfillSource
{
    private const int MessageBatchSize = 1000;
    private static readonly FilterDefinitionBuilder<BsonDocument> Filter = Builders<BsonDocument>.Filter;
    private static readonly BsonDocument IdIndex = new("_id", 1);

    /// <inheritdoc />
    public async Task<IReadOnlyList<BsonDocument>> ReadPageAsync(
        RocketChatCollection collection, BackfillFilter filter, string? afterId, int limit, CancellationToken cancellationToken) =>
        await Collection(collection).Find(Where(collection, filter, afterId), new FindOptions { Hint = IdIndex })
            .Project(Fields(collection))
            .Sort(Builders<BsonDocument>.Sort.Ascending("_id"))
            .Limit(limit)
            .ToListAsync(cancellationToken);

    /// <inheritdoc />
    public async IAsyncEnumerable<BsonDocument> ReadMessagesAsync(
        IReadOnlyCollection<string> roomIds, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (roomIds.Count == 0)
            yield break;
        using var cursor = await Collection(RocketChatCollection.Messages)
            .Find(Filter.In("rid", roomIds), new FindOptions { BatchSize = MessageBatchSize })
            .Project(Fields(RocketChatCollection.Messages))
            .ToCursorAsync(cancellationToken);
        while (await cursor.MoveNextAsync(cancellationToken))
        {
            foreach (var message in cursor.Current)
                yield return message;
        }
    }

    /// <inheritdoc />
    public async Task<long> CountAsync(
        RocketChatCollection collection, BackfillFilter filter, string? afterId, CancellationToken cancellationToken)
    {
        // Collection metadata answers the whole-collection count without reading anything.
        if (collection != RocketChatCollection.Rooms && afterId is null)
            return await Collection(collection).EstimatedDocumentCountAsync(cancellationToken: cancellationToken);
        return await Collection(collection).CountDocumentsAsync(Where(collection, filter, afterId), cancellationToken: cancellationToken);
    }

    /// <summary>
    /// The filter of a page: after <paramref name="afterId"/>; with a date, Omnichannel rooms since it and every other
    /// room (a team room is one small event that lets the Projector drop its messages, whenever it was created).
    /// </summary>
    public static FilterDefinition<BsonDocument> Where(RocketChatCollection collection, BackfillFilter filter, string? afterId)
    {
        var where = afterId is null ? Filter.Empty : Filter.Gt("_id", afterId);
        if (collection != RocketChatCollection.Rooms || filter.RoomsSince is not { } since)
            return where;
        return where & (Filter.Ne("t", RoomMapping.Omnichannel) | Filter.Gte("ts", new BsonDateTime(since.UtcDateTime)));
    }

    private IMongoCollection<BsonDocument> Collection(RocketChatCollection collection) =>
        database.GetCollection<BsonDocument>(CollectionNames.Of(collection)).WithReadPreference(ReadPreference.SecondaryPreferred);

    private static ProjectionDefinition<BsonDocument, BsonDocument> Fields(RocketChatCollection collection) =>
        Builders<BsonDocument>.Projection.Combine(MappedFields.Of(collection).Select(field => Builders<BsonDocument>.Projection.Include(field)));
}
