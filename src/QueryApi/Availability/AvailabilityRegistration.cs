using OmniCharts.QueryApi.Health;
using OmniCharts.ReadModel.Keys;

namespace OmniCharts.QueryApi.Availability;

/// <summary>Registers what tells whether the read model can answer.</summary>
public static class AvailabilityRegistration
{
    /// <summary>Adds the live generation, the gate, and a readiness check that is not ready while the read model cannot answer.</summary>
    public static IHostApplicationBuilder AddReadModelAvailability(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(services => new LiveGeneration(services.GetRequiredService<RedisKeySchema>()));
        builder.Services.AddSingleton<ReadModelGate>();
        builder.Services.AddHealthChecks().AddCheck<ReadModelHealthCheck>("read-model", tags: [HealthEndpoints.ReadyTag]);
        return builder;
    }
}
