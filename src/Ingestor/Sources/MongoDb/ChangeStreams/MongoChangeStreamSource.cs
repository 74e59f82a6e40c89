using MongoDB.Bson;
using MongoDB.Bson.Serialization.Serializers;
using MongoDB.Driver;
using OmniCharts.Ingestor.Documents;

namespace OmniCharts.Ingestor.Sources.MongoDb.ChangeStreams;

/// <summary>
/// <c>db.watch([{$match: {'ns.coll': {$in: five}}}], {fullDocument: 'updateLookup', fullDocumentBeforeChange:
/// 'whenAvailable', resumeAfter})</c>. One stream for the database rather than five keeps one resume token.
/// </summary>
public sealed class MongoChangeStreamSource(IMongoDatabase database) : IChangeStreamSource
{
    private static readonly PipelineDefinition<ChangeStreamDocument<BsonDocument>, BsonDocument> Pipeline =
        PipelineDefinition<ChangeStreamDocument<BsonDocument>, BsonDocument>.Create(
            [new BsonDocument("$match", new BsonDocument("ns.coll", new BsonDocument("$in", new BsonArray(Enum.GetValues<RocketChatCollection>().Select(CollectionNames.Of)))))],
            BsonDocumentSerializer.Instance);

    /// <inheritdoc />
    public async Task<IChangeBatches> OpenAsync(BsonDocument? resumeAfter, CancellationToken cancellationToken)
    {
        var options = new ChangeStreamOptions
        {
            FullDocument = ChangeStreamFullDocumentOption.UpdateLookup,
            FullDocumentBeforeChange = ChangeStreamFullDocumentBeforeChangeOption.WhenAvailable,
            ResumeAfter = resumeAfter,
            MaxAwaitTime = TimeSpan.FromSeconds(1),
        };
        var cursor = await database.WatchAsync(Pipeline, options, cancellationToken);
        return new MongoChangeBatches(cursor);
    }
}
