namespace OmniCharts.Ingestor.Sources.MongoDb.ChangeStreams;

/// <summary>An open change stream, read batch by batch.</summary>
public interface IChangeBatches : IAsyncDisposable
{
    /// <summary>The next batch; it may be empty when nothing changed, with a newer resume token.</summary>
    Task<ChangeBatch> NextAsync(CancellationToken cancellationToken);
}
