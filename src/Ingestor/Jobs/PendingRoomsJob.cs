using OmniCharts.Ingestor.Sources.MongoDb.TeamChat;
using Quartz;

namespace OmniCharts.Ingestor.Jobs;

/// <summary>Resolves rooms whose messages have waited for them in the read model for a whole interval (<see cref="PendingRoomResolver"/>).</summary>
[DisallowConcurrentExecution]
public sealed class PendingRoomsJob(PendingRoomResolver resolver) : IJob
{
    /// <summary>The job's Quartz name.</summary>
    public const string Name = "pending-rooms";

    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await resolver.RunAsync(cancellationToken);
}
