using MongoDB.Bson;
using OmniCharts.Reference.Workspace.Sources;

namespace OmniCharts.Reference.Workspace;

/// <summary>
/// Every collection of a simulated workspace after some writes: what a backfill, a poller, a reconciliation or
/// the oracle reads at that moment. Documents are shared with the write log: never change them.
/// </summary>
public sealed class WorkspaceState
{
    private readonly Dictionary<string, Dictionary<string, (int Order, BsonDocument Document)>> _collections;
    private readonly Dictionary<string, IReadOnlyList<BsonDocument>> _natural = new(StringComparer.Ordinal);

    internal WorkspaceState(int writeCount, long? time, Dictionary<string, Dictionary<string, (int Order, BsonDocument Document)>> collections)
    {
        WriteCount = writeCount;
        Time = time;
        _collections = collections;
    }

    /// <summary>How many writes of the log it holds.</summary>
    public int WriteCount { get; }

    /// <summary>The wall time of its last write (Unix ms), or null before the first.</summary>
    public long? Time { get; }

    /// <summary>A collection's documents in natural order (the order they were inserted), as a plain find or mongoexport returns them.</summary>
    public IReadOnlyList<BsonDocument> Documents(string collection)
    {
        lock (_natural)
        {
            if (_natural.TryGetValue(collection, out var cached))
                return cached;
            IReadOnlyList<BsonDocument> documents = _collections.TryGetValue(collection, out var byId)
                ? [.. byId.Values.OrderBy(d => d.Order).Select(d => d.Document)]
                : [];
            return _natural[collection] = documents;
        }
    }

    /// <summary>The document with <paramref name="id"/>, or null.</summary>
    public BsonDocument? Find(string collection, string id) =>
        _collections.TryGetValue(collection, out var byId) && byId.TryGetValue(id, out var found) ? found.Document : null;

    /// <summary>The five collections as the oracle (<c>ChartsDataOracle</c>) reads them.</summary>
    public RawDocuments ToRawDocuments() => new(Documents(Collections.Rooms), Documents(Collections.Messages),
        Documents(Collections.Users), Documents(Collections.Permissions), Documents(Collections.Settings));

    /// <summary>
    /// A backfill's page: at most <paramref name="limit"/> documents with <c>_id</c> after <paramref name="afterId"/>
    /// (from the start when null) that match <paramref name="where"/>, in <c>_id</c> order.
    /// </summary>
    public IReadOnlyList<BsonDocument> PageById(string collection, string? afterId, int limit, Func<BsonDocument, bool>? where = null) =>
        [.. Documents(collection).Where(d => (afterId is null || string.CompareOrdinal(d["_id"].AsString, afterId) > 0) && (where?.Invoke(d) ?? true))
            .OrderBy(d => d["_id"].AsString, StringComparer.Ordinal).Take(limit)];

    /// <summary>
    /// A poller's page: at most <paramref name="limit"/> documents after <paramref name="after"/> (from the start when null)
    /// in MongoDB's (<c>_updatedAt</c>, <c>_id</c>) order, where a missing or null <c>_updatedAt</c> sorts before every date.
    /// From a dated position this is <c>{$or: [{_updatedAt: {$gt: t}}, {_updatedAt: t, _id: {$gt: id}}]}</c>, which no
    /// unversioned document matches. <paramref name="where"/> is the rest of the filter (say <c>t: 'l'</c>), or null for all.
    /// </summary>
    public IReadOnlyList<BsonDocument> PageByUpdatedAt(string collection, UpdatedAtPosition? after, int limit, Func<BsonDocument, bool>? where = null) =>
        [.. Documents(collection).Where(d => (after is null || MongoOrder.Compare(UpdatedAtPosition.Of(d), after) > 0) && (where?.Invoke(d) ?? true))
            .Order(Comparer<BsonDocument>.Create(MongoOrder.Compare)).Take(limit)];

    /// <summary>The messages of the given rooms (<c>rid $in</c>), in natural order.</summary>
    public IReadOnlyList<BsonDocument> MessagesOf(IEnumerable<string> roomIds)
    {
        var rooms = roomIds.ToHashSet(StringComparer.Ordinal);
        return [.. Documents(Collections.Messages).Where(m => m.GetValue("rid", BsonNull.Value) is BsonString rid && rooms.Contains(rid.Value))];
    }
}
