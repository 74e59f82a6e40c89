using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace OmniCharts.Ingestor.Service;

/// <summary>Ready when Redis, which holds the checkpoints, answers PING.</summary>
public sealed class RedisReadyCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var latency = await redis.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy($"Redis answered PING in {latency.TotalMilliseconds:0.#} ms");
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("Redis does not answer PING", e);
        }
    }
}
