namespace OmniCharts.Ingestor.Sources.MongoDb.Polling;

/// <summary>Publishes events and says when the broker has confirmed all of them.</summary>
public interface IConfirmedPublisher
{
    /// <summary>Starts publishing <paramref name="event"/>; it may still be unconfirmed when this returns.</summary>
    Task PublishAsync(object @event, CancellationToken cancellationToken);

    /// <summary>Returns once every event published so far is confirmed.</summary>
    Task FlushAsync(CancellationToken cancellationToken);
}
