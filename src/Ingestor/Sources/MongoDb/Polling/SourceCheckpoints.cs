using OmniCharts.ReadModel.Keys;
using StackExchange.Redis;

namespace OmniCharts.Ingestor.Sources.MongoDb.Polling;

/// <summary>Where each MongoDB source resumes, kept in Redis beside the read model it feeds.</summary>
public sealed class SourceCheckpoints(IConnectionMultiplexer redis, RedisKeySchema keys)
{
    /// <summary>The stored checkpoint of <paramref name="source"/>, or null before its first one.</summary>
    public async Task<string?> ReadAsync(string source) =>
        await redis.GetDatabase().StringGetAsync(keys.SourceCheckpoint(source));

    /// <summary>Stores <paramref name="value"/>; call it only once everything before it was published.</summary>
    public Task WriteAsync(string source, string value) =>
        redis.GetDatabase().StringSetAsync(keys.SourceCheckpoint(source), value);

    /// <summary>Forgets the checkpoint of <paramref name="source"/>, so it starts from the beginning.</summary>
    public Task DeleteAsync(string source) =>
        redis.GetDatabase().KeyDeleteAsync(keys.SourceCheckpoint(source));
}
