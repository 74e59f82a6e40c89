using OmniCharts.ReadModel.Keys;
using StackExchange.Redis;

namespace OmniCharts.Benchmarks.Micro;

/// <summary>A connection to the real Redis (<c>ConnectionStrings__redis</c>) and a key namespace owned by one benchmark class.</summary>
public sealed class BenchRedis : IDisposable
{
    /// <summary>Connects and picks a fresh <c>bench-micro-…</c> prefix.</summary>
    public BenchRedis()
    {
        var configured = Environment.GetEnvironmentVariable("ConnectionStrings__redis");
        Connection = ConnectionMultiplexer.Connect(string.IsNullOrWhiteSpace(configured) ? "127.0.0.1:6379" : configured);
        Prefix = "bench-micro-" + Guid.NewGuid().ToString("N")[..12];
        Keys = new RedisKeySchema(Prefix);
    }

    /// <summary>The connection.</summary>
    public IConnectionMultiplexer Connection { get; }

    /// <summary>The key prefix of this instance.</summary>
    public string Prefix { get; }

    /// <summary>The key schema under <see cref="Prefix"/>.</summary>
    public RedisKeySchema Keys { get; }

    /// <summary>Deletes the namespace and disconnects.</summary>
    public void Dispose()
    {
        Keyspace.KeyspaceCleaner.RunAsync(Connection, Prefix).GetAwaiter().GetResult();
        Connection.Dispose();
    }
}
