using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using OmniCharts.Ingestor.Runs;
using OmniCharts.Ingestor.Sources.MongoDb.Backfill;
using OmniCharts.ReadModel.Generations;

namespace OmniCharts.Ingestor.Builds;

/// <summary>Registers <c>serve</c>'s healing of a lost read model.</summary>
public static class SelfHealingRegistration
{
    /// <summary>Adds <see cref="SelfHealing"/> (<c>Ingestor:SelfHeal:*</c>); the MongoDB source is added with TryAdd, so a test registers an in-memory one first.</summary>
    public static IHostApplicationBuilder AddSelfHealing(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(SelfHealingOptions.From(builder.Configuration));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<IBackfillSources, MongoBackfillSources>();
        builder.Services.TryAddSingleton<ReadModelStateStore>();
        builder.Services.TryAddSingleton<RunWaiter>();
        builder.Services.AddSingleton<SelfHealing>();
        builder.Services.AddHostedService(services => services.GetRequiredService<SelfHealing>());
        return builder;
    }
}
