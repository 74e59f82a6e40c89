using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using OmniCharts.Ingestor.Runs;
using OmniCharts.Ingestor.Sources.MongoDb.Backfill;
using OmniCharts.ReadModel.Generations;

namespace OmniCharts.Ingestor.Builds;

/// <summary>Registers the <c>rebuild</c> command.</summary>
public static class RebuildRegistration
{
    /// <summary>Adds <see cref="RebuildCommand"/> and what it shares with replay and backfill.</summary>
    public static IHostApplicationBuilder AddRebuild(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<IBackfillSources, MongoBackfillSources>();
        builder.Services.TryAddSingleton<ReadModelStateStore>();
        builder.Services.TryAddSingleton<RunWaiter>();
        builder.Services.TryAddSingleton<RunWait>();
        builder.Services.AddSingleton<RebuildCommand>();
        return builder;
    }
}
