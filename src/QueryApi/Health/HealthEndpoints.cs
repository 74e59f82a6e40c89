using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace OmniCharts.QueryApi.Health;

/// <summary>Liveness and readiness probes.</summary>
public static class HealthEndpoints
{
    /// <summary>The tag of checks that gate readiness.</summary>
    public const string ReadyTag = "ready";

    /// <summary>
    /// <c>/health/live</c> (200 while the process serves) and <c>/health/ready</c> (200 when Redis answers and the read
    /// model is complete, else 503); readiness says why in its JSON body.
    /// </summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = ReadinessBody.WriteAsync,
        });
        return app;
    }
}
