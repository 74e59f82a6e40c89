using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OmniCharts.Ingestor.Observability;

namespace OmniCharts.Ingestor.Service;

/// <summary>The service's liveness and readiness probes; features add checks tagged <see cref="ReadyTag"/>.</summary>
public static class ServiceHealth
{
    /// <summary>The tag of the checks that gate readiness.</summary>
    public const string ReadyTag = "ready";

    /// <summary>Registers the health-check service; the Redis and MongoDB checks gate readiness.</summary>
    public static IHostApplicationBuilder AddServiceHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<RedisReadyCheck>("redis", tags: [ReadyTag])
            .AddCheck<MongoReadyCheck>("mongodb", tags: [ReadyTag])
            .AddCheck<IngestionLagCheck>("lag", tags: [ReadyTag]);
        return builder;
    }

    /// <summary>
    /// <c>/health/live</c> (200 while the process serves) and <c>/health/ready</c>: 503 when Redis, MongoDB or the bus
    /// (MassTransit's own check) is down, 200 otherwise (status <c>Degraded</c> while the lag is above its threshold), with a JSON body of
    /// the checks and the ingestion figures (<see cref="ReadinessBody"/>).
    /// </summary>
    public static IEndpointRouteBuilder MapServiceHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = ReadinessResponse.WriteAsync,
        });
        return app;
    }
}
