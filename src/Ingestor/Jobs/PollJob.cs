using OmniCharts.Ingestor.Observability;
using OmniCharts.Ingestor.Sources.MongoDb.ChangeStreams;
using Quartz;

namespace OmniCharts.Ingestor.Jobs;

/// <summary>
/// Polls the five collections by <c>_updatedAt</c> while the service is in Polling mode; in ChangeStream mode
/// it does nothing. Resumes from the poll checkpoints, so a run cut short is simply repeated by the next one.
/// </summary>
[DisallowConcurrentExecution]
public sealed class PollJob(PollFallback poll, IngestionStatus status) : IJob
{
    /// <summary>The job's Quartz name.</summary>
    public const string Name = "mongodb-poll";

    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        if (status.Mode.Mode == IngestionMode.Polling)
            await poll.RunAsync(rewindToMs: null, cancellationToken);
    }
}
