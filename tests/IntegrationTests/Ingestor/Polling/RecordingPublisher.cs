using OmniCharts.Ingestor.Sources.MongoDb.Polling;

namespace OmniCharts.IntegrationTests.Ingestor.Polling;

/// <summary>Records what a poll published; can fail like a broker that goes away after some publishes.</summary>
internal sealed class RecordingPublisher(int failAfter = int.MaxValue) : IConfirmedPublisher
{
    public List<object> Published { get; } = [];

    public Task PublishAsync(object @event, CancellationToken cancellationToken)
    {
        if (Published.Count >= failAfter)
            throw new InvalidOperationException("the broker went away");
        Published.Add(@event);
        return Task.CompletedTask;
    }

    public Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
