using OmniCharts.ReadModel.Hosting;
using StackExchange.Redis;

namespace OmniCharts.IntegrationTests.QueryApi;

/// <summary>The shared connection the tests seed through; a missing Redis fails loudly, never skips.</summary>
internal static class TestRedis
{
    private static readonly Lazy<ConnectionMultiplexer> Shared = new(Connect);

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("ConnectionStrings__redis") is { Length: > 0 } configured ? configured : ReadModelRegistration.DefaultRedis;

    public static IConnectionMultiplexer Connection => Shared.Value;

    private static ConnectionMultiplexer Connect()
    {
        try
        {
            return ConnectionMultiplexer.Connect(ConnectionString);
        }
        catch (RedisConnectionException e)
        {
            throw new InvalidOperationException(
                $"Redis is not reachable at '{ConnectionString}'. Start it (Redis 7 on loopback) or set ConnectionStrings__redis.", e);
        }
    }
}
