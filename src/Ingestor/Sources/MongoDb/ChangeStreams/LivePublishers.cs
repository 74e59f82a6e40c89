using MassTransit;
using OmniCharts.Ingestor.Observability;

namespace OmniCharts.Ingestor.Sources.MongoDb.ChangeStreams;

/// <summary>Publishers on the service's bus, stamped with its run id.</summary>
public sealed class LivePublishers(IBus bus, IngestionStatus status) : ILivePublishers
{
    /// <inheritdoc />
    public LivePublisher Create() => new(bus, status.Run);
}
