using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Writing;
using StackExchange.Redis;

namespace OmniCharts.Benchmarks.Micro;

/// <summary>
/// <c>synthetic-fill --prefix P --rooms N</c>: writes N synthetic rooms through the real writer, so that the
/// memory of one layout or server configuration can be compared with another on identical contents.
/// </summary>
public static class SyntheticFill
{
    /// <summary>Fills and returns the exit code.</summary>
    public static Task<int> RunAsync(IConnectionMultiplexer redis, string prefix, int rooms)
    {
        SyntheticRooms.Fill(new ReadModelWriter(redis, new RedisKeySchema(prefix)), rooms);
        Console.WriteLine($"wrote {rooms} synthetic rooms under {prefix}:");
        return Task.FromResult(0);
    }
}
