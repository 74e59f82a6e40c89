using StackExchange.Redis;

namespace OmniCharts.IntegrationTests.Infrastructure;

/// <summary>The one real Redis connection the tests seed and inspect through; a missing Redis fails loudly, never skips.</summary>
public static class TestRedis
{
    private static readonly Lazy<ConnectionMultiplexer> Shared = new(Connect);

    public static string ConnectionString => TestEnvironment.Redis;

    public static ConnectionMultiplexer Connection => Shared.Value;

    private static ConnectionMultiplexer Connect()
    {
        // Parallel test classes on a 2-core machine starve the default thread pool, and StackExchange.Redis then
        // reports replies it has already received as timeouts.
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        ThreadPool.SetMinThreads(Math.Max(workers, 32), Math.Max(completionPorts, 32));
        // Runs once; its message names the variable and the start script.
        RequiredServers.EnsureReachableAsync().GetAwaiter().GetResult();
        return ConnectionMultiplexer.Connect(ConnectionString);
    }
}
