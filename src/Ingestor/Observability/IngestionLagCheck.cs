using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OmniCharts.Ingestor.Observability;

/// <summary>
/// Degraded (still ready, 200) while the lag is above <see cref="ObservabilityOptions.LagDegradedAfter"/>: a
/// slow projector is worth an alert, but taking the Ingestor out of service would not make it catch up. When
/// Redis does not answer the lag is unknown, and the Redis check already makes the service not ready.
/// </summary>
public sealed class IngestionLagCheck(IngestionFiguresReader reader, ObservabilityOptions options) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var figures = await reader.ReadAsync();
        if (figures.LagSeconds is not { } lag)
            return HealthCheckResult.Healthy("lag unknown: the run counters cannot be read from Redis");
        var text = string.Create(CultureInfo.InvariantCulture,
            $"lag {lag:0.###} s, backlog {figures.Backlog} events (degraded above {options.LagDegradedAfter.TotalSeconds:0.###} s)");
        return lag > options.LagDegradedAfter.TotalSeconds ? HealthCheckResult.Degraded(text) : HealthCheckResult.Healthy(text);
    }
}
