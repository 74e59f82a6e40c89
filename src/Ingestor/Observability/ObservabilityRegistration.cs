using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using OmniCharts.ReadModel.Runs;
using Prometheus;

namespace OmniCharts.Ingestor.Observability;

/// <summary>Registers the service's live state, its figures and the Prometheus endpoint.</summary>
public static class ObservabilityRegistration
{
    /// <summary>Adds the <see cref="IngestionStatus"/> singleton the sources write and the probes read.</summary>
    public static IHostApplicationBuilder AddIngestionStatus(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IngestionStatus>();
        return builder;
    }

    /// <summary>Adds the figures (lag, backlog, checkpoints), the loop that keeps the run's <c>published</c> in Redis, and the metrics.</summary>
    public static IHostApplicationBuilder AddIngestionMetrics(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(ObservabilityOptions.From(builder.Configuration));
        builder.Services.TryAddSingleton<RunProgressReader>();
        builder.Services.AddSingleton<RunCountersStore>();
        builder.Services.AddSingleton<IngestionFiguresReader>();
        builder.Services.AddSingleton<IngestorMetrics>();
        builder.Services.AddHostedService<RunCountersSync>();
        return builder;
    }

    /// <summary>Maps <c>GET /metrics</c> (Prometheus text format).</summary>
    public static IEndpointRouteBuilder MapIngestionMetrics(this IEndpointRouteBuilder app)
    {
        app.MapMetrics("/metrics", app.ServiceProvider.GetRequiredService<IngestorMetrics>().Registry);
        return app;
    }
}
