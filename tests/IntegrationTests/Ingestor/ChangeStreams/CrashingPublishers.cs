using MassTransit;
using OmniCharts.Ingestor.Runs;
using OmniCharts.Ingestor.Observability;
using OmniCharts.Ingestor.Sources.MongoDb.ChangeStreams;

namespace OmniCharts.IntegrationTests.Ingestor.ChangeStreams;

/// <summary>
/// Real publishers on the real bus whose flush (the wait for the broker's confirms) fails from the
/// <paramref name="failFromFlush"/>-th on: the events are out, the process "crashes" before it may store the token.
/// </summary>
internal sealed class CrashingPublishers(IBus bus, IngestionStatus status, int failFromFlush) : ILivePublishers
{
    private readonly int _failFromFlush = failFromFlush;
    private int _flushes;

    public LivePublisher Create() => new Crashing(bus, status.Run, this);

    private sealed class Crashing(IBus bus, RunSequence run, CrashingPublishers owner) : LivePublisher(bus, run)
    {
        public override async Task FlushAsync(CancellationToken cancellationToken)
        {
            await base.FlushAsync(cancellationToken);
            if (Interlocked.Increment(ref owner._flushes) >= owner._failFromFlush)
                throw new InvalidOperationException("the process died before storing the resume token");
        }
    }
}
