using MassTransit;
using OmniCharts.Ingestor.Publishing;
using OmniCharts.Ingestor.Runs;
using OmniCharts.Ingestor.Sources.MongoDb.Polling;

namespace OmniCharts.Ingestor.Sources.MongoDb.ChangeStreams;

/// <summary>
/// <see cref="EventPublisher"/> (publisher confirms, a window in flight) as an <see cref="IConfirmedPublisher"/>,
/// numbering its events in the service's run (<c>IngestionStatus.Run</c>). Virtual so a test can play a crash between
/// publish and checkpoint.
/// </summary>
public class LivePublisher(IPublishEndpoint endpoint, RunSequence run) : IConfirmedPublisher, IDisposable
{
    private readonly EventPublisher _publisher = new(endpoint, run);

    /// <inheritdoc />
    public virtual Task PublishAsync(object @event, CancellationToken cancellationToken) =>
        _publisher.PublishAsync(@event, static () => { }, cancellationToken);

    /// <inheritdoc />
    public virtual Task FlushAsync(CancellationToken cancellationToken) => _publisher.FlushAsync(cancellationToken);

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the underlying publisher.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
            _publisher.Dispose();
    }
}
