namespace OmniCharts.Reference.Workspace.Sources;

/// <summary>Lookups over a write log: each write's cluster time, and each document's writes.</summary>
internal sealed class WriteIndex
{
    private readonly IReadOnlyList<WorkspaceWrite> _writes;
    private readonly (uint Seconds, uint Increment)[] _clusterTimes;
    private readonly Dictionary<string, List<int>> _byDocument = new(StringComparer.Ordinal);

    public WriteIndex(IReadOnlyList<WorkspaceWrite> writes)
    {
        _writes = writes;
        _clusterTimes = new (uint, uint)[writes.Count];
        for (var i = 0; i < writes.Count; i++)
        {
            var seconds = (uint)(writes[i].WallTime / 1000);
            // The oplog's timestamp: seconds, then an increment that orders the writes of one second.
            _clusterTimes[i] = i > 0 && _clusterTimes[i - 1].Seconds == seconds ? (seconds, _clusterTimes[i - 1].Increment + 1) : (seconds, 1);
            var key = Key(writes[i].Collection, writes[i].Id);
            (_byDocument.TryGetValue(key, out var list) ? list : _byDocument[key] = []).Add(i);
        }
    }

    public (uint Seconds, uint Increment) ClusterTime(int write) => _clusterTimes[write];

    /// <summary>The last write of the document among the first <paramref name="count"/> writes, or null.</summary>
    public WorkspaceWrite? LatestBefore(string collection, string id, int count)
    {
        if (!_byDocument.TryGetValue(Key(collection, id), out var list))
            return null;
        var position = list.BinarySearch(count);
        var index = (position >= 0 ? position : ~position) - 1;
        return index >= 0 ? _writes[list[index]] : null;
    }

    /// <summary>Every write of the document, in order.</summary>
    public IReadOnlyList<WorkspaceWrite> Of(string collection, string id) =>
        _byDocument.TryGetValue(Key(collection, id), out var list) ? [.. list.Select(i => _writes[i])] : [];

    private static string Key(string collection, string id) => collection + "\0" + id;
}
