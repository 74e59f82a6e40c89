using Prometheus;

namespace OmniCharts.QueryApi.Observability;

/// <summary>Registers the QueryApi's metrics and their endpoint.</summary>
public static class ObservabilityRegistration
{
    /// <summary>Adds <see cref="QueryApiMetrics"/>.</summary>
    public static IHostApplicationBuilder AddObservability(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<QueryApiMetrics>();
        return builder;
    }

    /// <summary>Maps <c>GET /metrics</c> (Prometheus text format).</summary>
    public static IEndpointRouteBuilder MapObservability(this IEndpointRouteBuilder app)
    {
        app.MapMetrics("/metrics", app.ServiceProvider.GetRequiredService<QueryApiMetrics>().Registry);
        return app;
    }
}
