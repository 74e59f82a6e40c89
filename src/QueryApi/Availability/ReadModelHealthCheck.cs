using Microsoft.Extensions.Diagnostics.HealthChecks;
using OmniCharts.ReadModel.Generations;
using OmniCharts.ReadModel.Keys;
using StackExchange.Redis;

namespace OmniCharts.QueryApi.Availability;

/// <summary>Not ready (503) while the read model cannot answer, with the same reason the analytics answers give.</summary>
public sealed class ReadModelHealthCheck(IConnectionMultiplexer redis, RedisKeySchema keys, ReadModelGate gate) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var state = ReadModelState.Of(await redis.GetDatabase().HashGetAllAsync(keys.State));
            return gate.Unavailable(state) is { } reason
                ? HealthCheckResult.Unhealthy(reason)
                : HealthCheckResult.Healthy($"generation {state.Live} ready since {state.LiveInfo!.Ready} ({state.LiveInfo.Source})");
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("Redis does not answer, so the read model's state is unknown", e);
        }
    }
}
