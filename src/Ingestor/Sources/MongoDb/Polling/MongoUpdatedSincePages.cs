using MongoDB.Bson;
using MongoDB.Driver;
using OmniCharts.Ingestor.Documents;

namespace OmniCharts.Ingestor.Sources.MongoDb.Polling;

/// <summary>
/// The poll query on Rocket.Chat's database: documents after a position in (<c>_updatedAt</c>, <c>_id</c>) order,
/// read from a secondary when there is one so that polling never loads Rocket.Chat's primary. Rocket.Chat
/// indexes <c>_updatedAt</c> on these collections. Rooms of every type are read (only the fields the mapper needs),
/// so that the Projector learns which rooms are team chat and drops their messages.
/// </summary>
public sealed class MongoUpdatedSincePages(IMongoDatabase database) : IUpdatedSincePages
{
    private static readonly FilterDefinitionBuilder<BsonDocument> Filter = Builders<BsonDocument>.Filter;

    /// <inheritdoc />
    public async Task<IReadOnlyList<BsonDocument>> ReadAsync(
        RocketChatCollection collection, PollPosition? after, int limit, CancellationToken cancellationToken)
    {
        var source = database.GetCollection<BsonDocument>(CollectionNames.Of(collection))
            .WithReadPreference(ReadPreference.SecondaryPreferred);
        return await source.Find(After(after))
            .Project(Builders<BsonDocument>.Projection.Combine(MappedFields.Of(collection).Select(f => Builders<BsonDocument>.Projection.Include(f))))
            .Sort(Builders<BsonDocument>.Sort.Ascending("_updatedAt").Ascending("_id"))
            .Limit(limit)
            .ToListAsync(cancellationToken);
    }

    private static FilterDefinition<BsonDocument> After(PollPosition? after)
    {
        if (after is null)
            return Filter.Type("_updatedAt", BsonType.DateTime);
        var updatedAt = new BsonDateTime(after.UpdatedAt);
        return Filter.Gt("_updatedAt", updatedAt) | (Filter.Eq("_updatedAt", updatedAt) & Filter.Gt("_id", after.Id));
    }
}
