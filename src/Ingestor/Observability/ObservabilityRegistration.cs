using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace OmniCharts.Ingestor.Observability;

/// <summary>Registers the service's live state.</summary>
public static class ObservabilityRegistration
{
    /// <summary>Adds the <see cref="IngestionStatus"/> singleton the sources write and the probes read.</summary>
    public static IHostApplicationBuilder AddIngestionStatus(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IngestionStatus>();
        return builder;
    }
}
