using System.Globalization;
using OmniCharts.ReadModel.Keys;
using StackExchange.Redis;

namespace OmniCharts.Ingestor.Sources.MongoDb.Reconciliation;

/// <summary>The read model's side of the comparison: versions and tombstones, read in pipelined batches.</summary>
public sealed class ReadModelStamps(IConnectionMultiplexer redis)
{
    private static readonly RedisValue[] Fields = [RoomField.Version, RoomField.Deleted, RoomField.IsOmnichannel];

    /// <summary>The stored version of each id's hash, in the order of <paramref name="ids"/> (one round trip).</summary>
    public async Task<IReadOnlyList<StoredVersion>> VersionsAsync(Func<string, RedisKey> keyOf, IReadOnlyList<string> ids)
    {
        var batch = redis.GetDatabase().CreateBatch();
        var reads = ids.Select(id => batch.HashGetAsync(keyOf(id), Fields)).ToList();
        batch.Execute();
        var values = await Task.WhenAll(reads);
        return values.Select(v => new StoredVersion(
            v[0].IsNull ? null : long.Parse(v[0].ToString(), CultureInfo.InvariantCulture),
            v[1] == "1",
            v[2].IsNull || v[2] == "1")).ToList();
    }

    /// <summary>The ids of every hash <paramref name="keyOf"/> builds, a SCAN page at a time (hashes only, so a user's token set is left out).</summary>
    public async IAsyncEnumerable<IReadOnlyList<string>> ScanIdsAsync(Func<string, RedisKey> keyOf, int count)
    {
        var database = redis.GetDatabase();
        var pattern = RedisKeySchema.ScanPattern(keyOf);
        var cursor = "0";
        do
        {
            var reply = (RedisResult[])(await database.ExecuteAsync("SCAN", cursor, "MATCH", pattern, "COUNT", count, "TYPE", "hash"))!;
            cursor = reply[0].ToString();
            var ids = ((RedisKey[])reply[1]!).Select(key => RedisKeySchema.IdOf(keyOf, key)).OfType<string>().ToList();
            if (ids.Count > 0)
                yield return ids;
        }
        while (cursor != "0");
    }

    /// <summary>A room's messages as the read model holds them: id → (version, deleted).</summary>
    public async Task<IReadOnlyDictionary<string, (long Version, bool Deleted)>> MessagesAsync(RedisKey roomMessages)
    {
        var entries = await redis.GetDatabase().HashGetAllAsync(roomMessages);
        return entries.ToDictionary(e => e.Name.ToString(), e => Parse(e.Value.ToString()), StringComparer.Ordinal);
    }

    // {version}:{state}, state 1, 0 or d (RedisKeySchema).
    private static (long Version, bool Deleted) Parse(string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        return (long.Parse(value.AsSpan(0, colon), CultureInfo.InvariantCulture), value[(colon + 1)..] == "d");
    }
}
