using MongoDB.Bson;
using MongoDB.Driver;

namespace OmniCharts.Ingestor.Sources.MongoDb.ChangeStreams;

/// <summary>The driver's change-stream cursor as batches; the driver itself retries resumable errors once.</summary>
internal sealed class MongoChangeBatches(IChangeStreamCursor<BsonDocument> cursor) : IChangeBatches
{
    public async Task<ChangeBatch> NextAsync(CancellationToken cancellationToken)
    {
        if (!await cursor.MoveNextAsync(cancellationToken))
            throw new InvalidOperationException("the change stream was invalidated (a dropped or renamed collection or database)");
        return new ChangeBatch([.. cursor.Current], cursor.GetResumeToken());
    }

    public ValueTask DisposeAsync()
    {
        cursor.Dispose();
        return ValueTask.CompletedTask;
    }
}
