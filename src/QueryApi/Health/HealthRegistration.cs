namespace OmniCharts.QueryApi.Health;

/// <summary>Registers the health checks.</summary>
public static class HealthRegistration
{
    /// <summary>Adds the Redis readiness check.</summary>
    public static IHostApplicationBuilder AddHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: [HealthEndpoints.ReadyTag]);
        return builder;
    }
}
