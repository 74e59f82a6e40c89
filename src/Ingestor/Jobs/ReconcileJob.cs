using OmniCharts.Ingestor.Sources.MongoDb.Reconciliation;
using Quartz;

namespace OmniCharts.Ingestor.Jobs;

/// <summary>The scheduled reconciliation: repairs drift and publishes the deletions polling cannot see.</summary>
[DisallowConcurrentExecution]
public sealed class ReconcileJob(Reconciler reconciler) : IJob
{
    /// <summary>The job's Quartz name.</summary>
    public const string Name = "mongodb-reconcile";

    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await reconciler.RunAsync(cancellationToken);
}
