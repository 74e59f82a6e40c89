using System.Globalization;
using OmniCharts.ReadModel.Keys;
using StackExchange.Redis;

namespace OmniCharts.ReadModel.Generations;

/// <summary>
/// Reads and moves <c>{prefix}:state</c>: a first build begins and ends, a rebuild begins beside the live generation
/// and switches in one atomic step. Each change is one small script, so two programs never see half of one.
/// </summary>
public sealed class ReadModelStateStore(IConnectionMultiplexer redis, RedisKeySchema keys, TimeProvider clock)
{
    // A live generation of another layout cannot answer this version: the build replaces it (its keys are deleted
    // once the new one is complete).
    private const string BeginBuildScript = """
        local live = redis.call('HGET', KEYS[1], 'live')
        if live and live ~= ARGV[1] and string.sub(live, 1, #ARGV[1] + 1) ~= ARGV[1] .. '.' then
          local building = redis.call('HGET', KEYS[1], 'building')
          for _, gen in ipairs({ live, building }) do
            if gen then redis.call('HDEL', KEYS[1], 'status:' .. gen, 'source:' .. gen, 'started:' .. gen, 'ready:' .. gen, 'progress:' .. gen) end
          end
          redis.call('HDEL', KEYS[1], 'building')
          redis.call('HSET', KEYS[1], 'live', ARGV[1], 'status:' .. ARGV[1], 'building', 'source:' .. ARGV[1], ARGV[2], 'started:' .. ARGV[1], ARGV[3])
          redis.call('HINCRBY', KEYS[1], 'ver', 1)
          return { 'replaced', ARGV[1], live }
        end
        if live then
          if redis.call('HGET', KEYS[1], 'status:' .. live) == 'ready' then return { 'ready', live } end
          redis.call('HSET', KEYS[1], 'source:' .. live, ARGV[2])
          return { 'resumed', live }
        end
        redis.call('HSET', KEYS[1], 'live', ARGV[1], 'status:' .. ARGV[1], 'building', 'source:' .. ARGV[1], ARGV[2], 'started:' .. ARGV[1], ARGV[3])
        redis.call('HINCRBY', KEYS[1], 'ver', 1)
        return { 'began', ARGV[1] }
        """;

    private const string BeginRebuildScript = """
        local live = redis.call('HGET', KEYS[1], 'live')
        if not live or redis.call('HGET', KEYS[1], 'status:' .. live) ~= 'ready' then return { 'no-live', '' } end
        local abandoned = redis.call('HGET', KEYS[1], 'building') or ''
        if abandoned ~= '' then
          redis.call('HDEL', KEYS[1], 'status:' .. abandoned, 'source:' .. abandoned, 'started:' .. abandoned, 'progress:' .. abandoned)
        end
        local generation = ARGV[1] .. '.' .. (redis.call('HINCRBY', KEYS[1], 'generations', 1) + 1)
        redis.call('HSET', KEYS[1], 'building', generation, 'status:' .. generation, 'building', 'source:' .. generation, ARGV[2], 'started:' .. generation, ARGV[3])
        redis.call('HINCRBY', KEYS[1], 'ver', 1)
        return { generation, abandoned }
        """;

    private const string SwitchScript = """
        if redis.call('HGET', KEYS[1], 'building') ~= ARGV[1] then return false end
        local old = redis.call('HGET', KEYS[1], 'live')
        redis.call('HSET', KEYS[1], 'live', ARGV[1], 'status:' .. ARGV[1], 'ready', 'ready:' .. ARGV[1], ARGV[2])
        redis.call('HDEL', KEYS[1], 'building', 'progress:' .. ARGV[1])
        if old then redis.call('HDEL', KEYS[1], 'status:' .. old, 'source:' .. old, 'started:' .. old, 'ready:' .. old, 'progress:' .. old) end
        redis.call('HINCRBY', KEYS[1], 'ver', 1)
        return old
        """;

    private const string MarkReadyScript = """
        if redis.call('HGET', KEYS[1], 'status:' .. ARGV[1]) ~= 'building' then return 0 end
        redis.call('HSET', KEYS[1], 'status:' .. ARGV[1], 'ready', 'ready:' .. ARGV[1], ARGV[2])
        redis.call('HDEL', KEYS[1], 'progress:' .. ARGV[1])
        return 1
        """;

    private const string ProgressScript = """
        if redis.call('HGET', KEYS[1], 'status:' .. ARGV[1]) ~= 'building' then return 0 end
        redis.call('HSET', KEYS[1], 'progress:' .. ARGV[1], ARGV[2])
        return 1
        """;

    /// <summary>The deployment's keys of the layout's first generation.</summary>
    public RedisKeySchema Keys => keys;

    /// <summary>The state as it stands.</summary>
    public async Task<ReadModelState> ReadAsync() =>
        ReadModelState.Of(await redis.GetDatabase().HashGetAllAsync(keys.State).ConfigureAwait(false));

    /// <summary>The keys of the generation that answers (or would, before any build).</summary>
    public async Task<RedisKeySchema> LiveKeysAsync() => keys.ForGeneration((await ReadAsync().ConfigureAwait(false)).Live ?? keys.Generation);

    /// <summary>
    /// A replay or backfill asks to build: with no read model it begins the first generation; with one whose build
    /// never finished it takes that build over; with a complete one it only brings it up to date; with one of another
    /// layout (an older version's, which this version cannot read) it begins this layout's first generation instead.
    /// </summary>
    public async Task<BuildClaim> BeginBuildAsync(string source)
    {
        var reply = (RedisResult[])(await Run(BeginBuildScript, keys.Generation, source, Now()).ConfigureAwait(false))!;
        var start = (string)reply[0]! switch
        {
            "began" => BuildStart.Began, "resumed" => BuildStart.Resumed, "replaced" => BuildStart.ReplacedOtherLayout, _ => BuildStart.AlreadyReady,
        };
        return new BuildClaim(start, (string)reply[1]!, reply.Length > 2 ? (string?)reply[2] : null);
    }

    /// <summary>
    /// Begins a new generation beside the complete live one; null when there is no complete live generation. A
    /// rebuild that never finished is abandoned (its name is returned as <c>Abandoned</c>, to delete its keys).
    /// </summary>
    public async Task<(string? Generation, string? Abandoned)> BeginRebuildAsync(string source)
    {
        var reply = (RedisResult[])(await Run(BeginRebuildScript, keys.Generation, source, Now()).ConfigureAwait(false))!;
        var generation = (string)reply[0]!;
        var abandoned = (string)reply[1]!;
        return generation == "no-live" ? (null, null) : (generation, abandoned.Length == 0 ? null : abandoned);
    }

    /// <summary>Makes <paramref name="generation"/>, built beside the live one, the live one; returns the old one (null if the rebuild was abandoned meanwhile).</summary>
    public async Task<string?> SwitchAsync(string generation)
    {
        var old = await Run(SwitchScript, generation, Now()).ConfigureAwait(false);
        return old.IsNull ? null : (string?)old;
    }

    /// <summary>Marks a generation's build complete; false when it was not being built.</summary>
    public async Task<bool> MarkReadyAsync(string generation) =>
        (long)await Run(MarkReadyScript, generation, Now()).ConfigureAwait(false) == 1;

    /// <summary>Records a build's progress line (its ETA included), which the QueryApi shows while no generation is ready.</summary>
    public async Task ReportProgressAsync(string generation, string progress) =>
        await Run(ProgressScript, generation, progress).ConfigureAwait(false);

    /// <summary>Deletes every key of <paramref name="generation"/>, a page at a time; returns how many.</summary>
    public async Task<long> DeleteGenerationAsync(string generation, int pageSize = 1000)
    {
        var doomed = keys.ForGeneration(generation);
        var server = redis.GetServers().First(s => !s.IsReplica);
        var database = redis.GetDatabase();
        long deleted = 0;
        var page = new List<RedisKey>(pageSize);
        await foreach (var key in server.KeysAsync(database.Database, doomed.GenerationPattern, pageSize).ConfigureAwait(false))
        {
            page.Add(key);
            if (page.Count < pageSize)
                continue;
            deleted += await database.KeyDeleteAsync([.. page]).ConfigureAwait(false);
            page.Clear();
        }
        if (page.Count > 0)
            deleted += await database.KeyDeleteAsync([.. page]).ConfigureAwait(false);
        return deleted;
    }

    private Task<RedisResult> Run(string script, params RedisValue[] arguments) =>
        redis.GetDatabase().ScriptEvaluateAsync(script, [keys.State], arguments);

    private string Now() => clock.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
