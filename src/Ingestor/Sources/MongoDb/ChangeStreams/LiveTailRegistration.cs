using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using OmniCharts.Ingestor.Sources.MongoDb.Polling;
using OmniCharts.Ingestor.Sources.MongoDb.Reconciliation;
using OmniCharts.Ingestor.Sources.MongoDb.TeamChat;
using OmniCharts.ReadModel.Generations;

namespace OmniCharts.Ingestor.Sources.MongoDb.ChangeStreams;

/// <summary>Registers the live tail and what the poll and reconciliation jobs use.</summary>
public static class LiveTailRegistration
{
    /// <summary>
    /// Adds the change-stream tail (a hosted service), the poll fallback and the reconciliation. The MongoDB seams
    /// are added with TryAdd, so a test registers in-memory ones first.
    /// </summary>
    public static IHostApplicationBuilder AddMongoLiveTail(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(LiveOptions.From(builder.Configuration));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IChangeStreamSource, MongoChangeStreamSource>();
        services.TryAddSingleton<IUpdatedSincePages, MongoUpdatedSincePages>();
        services.TryAddSingleton<IReconciliationSource, MongoReconciliationSource>();
        services.TryAddSingleton<IRoomLookup, MongoRoomLookup>();
        services.TryAddSingleton<ILivePublishers, LivePublishers>();
        services.TryAddSingleton<SourceCheckpoints>();
        services.TryAddSingleton<ReadModelStateStore>();
        services.TryAddSingleton(new KnownTeamRooms());
        services.AddSingleton<BatchForwarder>();
        services.AddSingleton<PollFallback>();
        services.AddSingleton<ReadModelStamps>();
        services.AddSingleton<Reconciler>();
        services.AddSingleton<PendingRoomResolver>();
        services.AddHostedService<ChangeStreamTail>();
        return builder;
    }
}
