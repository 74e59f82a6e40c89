using System.Text;
using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Writing;
using StackExchange.Redis;

using OmniCharts.IntegrationTests.Infrastructure;

namespace OmniCharts.IntegrationTests.ReadModel;

/// <summary>A unique key prefix for one test, with its writer, bucket readers and a full dump; deletes its keys at the end.</summary>
public sealed class RedisNamespace : IAsyncDisposable
{
    public RedisNamespace()
    {
        Prefix = $"t-{Guid.NewGuid():N}";
        Keys = new RedisKeySchema(Prefix);
        Writer = new ReadModelWriter(TestRedis.Connection, Keys);
    }

    public string Prefix { get; }

    public RedisKeySchema Keys { get; }

    public ReadModelWriter Writer { get; }

    public IDatabase Database => TestRedis.Connection.GetDatabase();

    /// <summary>The charts' metrics; the overview's are read when a test asks for <see cref="Metric.All"/>.</summary>
    public static IReadOnlyList<string> ChartMetrics { get; } =
        [Metric.Conversations, Metric.Messages, Metric.ChatDurationSum, Metric.ChatDurationCount, Metric.FirstResponseSum, Metric.FirstResponseCount,
         Metric.FirstResponseMin, Metric.ResponseAverageSum, Metric.ResponseAverageCount, Metric.ReactionSum, Metric.ReactionCount];

    /// <summary>The slot bucket that holds <paramref name="unixMilliseconds"/>: metric → value, only the fields present (of <paramref name="metrics"/>, the charts' by default).</summary>
    public Task<IReadOnlyDictionary<string, long>> SlotAsync(SeriesScope scope, long unixMilliseconds, IReadOnlyList<string>? metrics = null)
    {
        var slot = UtcSlot.Of(unixMilliseconds);
        return MetricsAsync(metric => Keys.SlotTotals(scope, metric, slot.Day), RedisKeySchema.SlotField(slot.Index), metrics ?? ChartMetrics);
    }

    /// <summary>The UTC-day bucket that holds <paramref name="unixMilliseconds"/>.</summary>
    public Task<IReadOnlyDictionary<string, long>> DayAsync(SeriesScope scope, long unixMilliseconds, IReadOnlyList<string>? metrics = null)
    {
        var day = UtcSlot.Of(unixMilliseconds).Day;
        return MetricsAsync(metric => Keys.DayTotals(scope, metric, day), RedisKeySchema.DayField(day), metrics ?? ChartMetrics);
    }

    /// <summary>
    /// Every key under the prefix with its full content, in a canonical text form; without the month and day versions
    /// (<c>{scope}:dayver</c>, <c>{scope}:slotver:{yyyy-MM}</c>), which hold the server's time of the last change, so that the same history leaves the
    /// same dump whatever the order and the moment it was applied (<c>DayVersionTests</c> checks them).
    /// </summary>
    public async Task<string> DumpAsync()
    {
        var server = TestRedis.Connection.GetServers()[0];
        var text = new StringBuilder();
        var names = new List<string>();
        await foreach (var key in server.KeysAsync(pattern: Prefix + ":*", pageSize: 500))
        {
            if (!key.ToString().EndsWith(":dayver", StringComparison.Ordinal) && !key.ToString().Contains(":slotver:", StringComparison.Ordinal))
                names.Add(key.ToString());
        }
        // SCAN may return a key more than once while the server rehashes, so each name is listed once.
        foreach (var key in names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            text.Append(key).Append(" => ").AppendLine(await ContentAsync(key));
        return text.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        var server = TestRedis.Connection.GetServers()[0];
        await foreach (var key in server.KeysAsync(pattern: Prefix + ":*", pageSize: 500))
            await Database.KeyDeleteAsync(key);
    }

    private async Task<string> ContentAsync(RedisKey key)
    {
        var type = await Database.KeyTypeAsync(key);
        IEnumerable<string> items = type switch
        {
            RedisType.Hash => (await Database.HashGetAllAsync(key)).Select(e => $"{e.Name}={e.Value}").Order(StringComparer.Ordinal),
            RedisType.Set => (await Database.SetMembersAsync(key)).Select(v => v.ToString()).Order(StringComparer.Ordinal),
            RedisType.SortedSet => (await Database.SortedSetRangeByRankWithScoresAsync(key)).Select(e => $"{e.Element}@{e.Score}"),
            _ => [(await Database.StringGetAsync(key)).ToString()],
        };
        return $"{type}: " + string.Join(" | ", items);
    }

    // One bucket is one field in each metric's hash; the metrics present form the dictionary.
    private async Task<IReadOnlyDictionary<string, long>> MetricsAsync(Func<string, RedisKey> key, RedisValue field, IReadOnlyList<string> metrics)
    {
        var values = new Dictionary<string, long>();
        foreach (var metric in metrics)
        {
            if (await Database.HashGetAsync(key(metric), field) is { IsNull: false } value)
                values[metric] = (long)value;
        }

        return values;
    }
}
