using OmniCharts.ReadModel.Keys;
using StackExchange.Redis;

namespace OmniCharts.Ingestor.Sources.MongoDb.Polling;

/// <summary>
/// Where each MongoDB source resumes, kept in Redis beside the read model it feeds: a live source's (change stream,
/// polls) under the deployment's prefix, since it feeds every generation; a backfill's with the generation it builds,
/// so that a generation lost with Redis, or a new one, is backfilled from the start.
/// </summary>
public sealed class SourceCheckpoints
{
    private readonly IConnectionMultiplexer _redis;
    private readonly Func<string, RedisKey> _keyOf;

    /// <summary>The live sources' checkpoints.</summary>
    public SourceCheckpoints(IConnectionMultiplexer redis, RedisKeySchema keys)
        : this(redis, keys.SourceCheckpoint)
    {
    }

    private SourceCheckpoints(IConnectionMultiplexer redis, Func<string, RedisKey> keyOf)
    {
        _redis = redis;
        _keyOf = keyOf;
    }

    /// <summary>The checkpoints of the sources building <paramref name="generation"/>.</summary>
    public static SourceCheckpoints OfGeneration(IConnectionMultiplexer redis, RedisKeySchema generation)
    {
        ArgumentNullException.ThrowIfNull(generation);
        return new SourceCheckpoints(redis, generation.BuildCheckpoint);
    }

    /// <summary>The stored checkpoint of <paramref name="source"/>, or null before its first one.</summary>
    public async Task<string?> ReadAsync(string source) =>
        await _redis.GetDatabase().StringGetAsync(_keyOf(source));

    /// <summary>Stores <paramref name="value"/>; call it only once everything before it was published.</summary>
    public Task WriteAsync(string source, string value) =>
        _redis.GetDatabase().StringSetAsync(_keyOf(source), value);

    /// <summary>Forgets the checkpoint of <paramref name="source"/>, so it starts from the beginning.</summary>
    public Task DeleteAsync(string source) =>
        _redis.GetDatabase().KeyDeleteAsync(_keyOf(source));
}
