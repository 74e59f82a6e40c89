using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using OmniCharts.Ingestor.Runs;
using OmniCharts.Ingestor.Sources.MongoDb.Polling;
using OmniCharts.ReadModel.Generations;
using OmniCharts.ReadModel.Runs;

namespace OmniCharts.Ingestor.Sources.MongoDb.Backfill;

/// <summary>Registers the <c>backfill</c> command.</summary>
public static class BackfillRegistration
{
    /// <summary>Adds <see cref="BackfillCommand"/>, the MongoDB source, the checkpoints and the clock of the rate limit.</summary>
    public static IHostApplicationBuilder AddBackfill(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<IBackfillSources, MongoBackfillSources>();
        builder.Services.TryAddSingleton<SourceCheckpoints>();
        builder.Services.TryAddSingleton<RunProgressReader>();
        builder.Services.TryAddSingleton<RunWaiter>();
        builder.Services.TryAddSingleton<RunWait>();
        builder.Services.TryAddSingleton<ReadModelStateStore>();
        builder.Services.AddSingleton<BackfillCommand>();
        return builder;
    }
}
