using StackExchange.Redis;

namespace OmniCharts.IntegrationTests.ReadModel;

/// <summary>The real Redis every read-model test talks to, from the same variable the services read.</summary>
public static class TestRedis
{
    public const string Variable = "ConnectionStrings__redis";

    private static readonly Lazy<ConnectionMultiplexer> Shared = new(Connect);

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured ? configured : "127.0.0.1:6379";

    public static ConnectionMultiplexer Connection => Shared.Value;

    private static ConnectionMultiplexer Connect()
    {
        // Parallel test classes on a 2-core machine starve the default thread pool, and StackExchange.Redis then
        // reports replies it has already received as timeouts.
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        ThreadPool.SetMinThreads(Math.Max(workers, 32), Math.Max(completionPorts, 32));
        try
        {
            return ConnectionMultiplexer.Connect(ConnectionString);
        }
        catch (RedisConnectionException e)
        {
            throw new InvalidOperationException(
                $"Redis is not reachable at '{ConnectionString}' ({Variable}); start the local servers with the repository's start script.", e);
        }
    }
}
