using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

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
            .AddCheck<MongoReadyCheck>("mongodb", tags: [ReadyTag]);
        return builder;
    }

    /// <summary><c>/health/live</c> (200 while the process serves) and <c>/health/ready</c> (200 when every ready check passes, else 503).</summary>
    public static IEndpointRouteBuilder MapServiceHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return app;
    }
}
