using StackExchange.Redis;

namespace OmniCharts.ReadModel.Reading;

/// <summary>Collects cells into one distinct field list per key; a cell's metrics sit side by side.</summary>
internal sealed class ReadPlanBuilder(IReadOnlyList<string> metrics)
{
    private readonly Dictionary<RedisKey, int> readIndex = [];
    private readonly List<(RedisKey Key, List<RedisValue> Fields, Dictionary<RedisValue, int> Offsets)> reads = [];

    /// <summary>Registers the cell of <paramref name="key"/> whose fields <paramref name="field"/> builds; returns where its first metric lands.</summary>
    public (int Read, int Field) Cell(RedisKey key, Func<string, RedisValue> field)
    {
        if (!readIndex.TryGetValue(key, out var index))
        {
            index = reads.Count;
            readIndex.Add(key, index);
            reads.Add((key, [], []));
        }

        var (_, fields, offsets) = reads[index];
        var first = field(metrics[0]);
        if (!offsets.TryGetValue(first, out var offset))
        {
            offset = fields.Count;
            offsets.Add(first, offset);
            foreach (var metric in metrics)
                fields.Add(field(metric));
        }

        return (index, offset);
    }

    public IReadOnlyList<HashRead> Reads() => reads.Select(r => new HashRead(r.Key, r.Fields)).ToList();
}
