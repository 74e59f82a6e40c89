using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace OmniCharts.ReadModel.Hosting;

/// <summary>Runs the Projector and the QueryApi only on a Redis that keeps every key (<see cref="RedisEvictionGuard"/>).</summary>
public static class RedisEvictionHosting
{
    /// <summary>Adds <see cref="RedisEvictionGuard"/>, which checks again whenever Redis reconnects.</summary>
    public static IHostApplicationBuilder AddRedisEvictionGuard(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<RedisEvictionGuard>();
        builder.Services.AddHostedService(services => services.GetRequiredService<RedisEvictionGuard>());
        return builder;
    }

    /// <summary>
    /// Checks Redis' <c>maxmemory-policy</c> before anything starts, and runs the host only when it may; returns the
    /// process exit code (<see cref="RedisEvictionGuard.ExitCode"/> on a refusal, at start or after a reconnection).
    /// </summary>
    public static async Task<int> RunUnlessRedisEvictsAsync(this IHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        if (!await host.Services.GetRequiredService<RedisEvictionGuard>().AllowsRunAsync().ConfigureAwait(false))
        {
            // Disposing the host flushes the console logger, whose queue would otherwise die with the process unwritten.
            if (host is IAsyncDisposable asynchronous)
                await asynchronous.DisposeAsync().ConfigureAwait(false);
            else
                host.Dispose();
            return RedisEvictionGuard.ExitCode;
        }
        await host.RunAsync().ConfigureAwait(false);
        return Environment.ExitCode;
    }
}
