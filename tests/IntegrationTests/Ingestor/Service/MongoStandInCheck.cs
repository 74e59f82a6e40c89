using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OmniCharts.IntegrationTests.Ingestor.Service;

/// <summary>The MongoDB readiness check when the test serves Rocket.Chat's documents from memory.</summary>
internal sealed class MongoStandInCheck : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(HealthCheckResult.Healthy("in-memory stand-in for MongoDB"));
}
