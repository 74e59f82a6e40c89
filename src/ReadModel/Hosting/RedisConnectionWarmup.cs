using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace OmniCharts.ReadModel.Hosting;

/// <summary>
/// Connects to Redis while the host starts, before any consumer or request needs it. Connecting lazily
/// inside the first consumers blocked thread-pool threads on the synchronous connect and left the
/// Projector idle for seconds on a 2-core machine.
/// </summary>
internal sealed class RedisConnectionWarmup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<IConnectionMultiplexer>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
