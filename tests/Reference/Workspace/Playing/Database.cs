using MongoDB.Bson;

namespace OmniCharts.Reference.Workspace.Playing;

/// <summary>
/// The simulated MongoDB: live documents and the log of every write. Each write happens at
/// max(clock, wanted time), one millisecond after the document's previous write when that one is not earlier,
/// so the clock never goes back and no document is written twice in one millisecond. Every write sets
/// <c>_updatedAt</c> to its time, except an unversioned insert.
/// </summary>
internal sealed class Database
{
    private readonly Dictionary<string, Dictionary<string, BsonDocument>> _live = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _lastWrite = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _messagesByRoom = new(StringComparer.Ordinal);

    public List<WorkspaceWrite> Writes { get; } = [];

    public long Clock { get; private set; } = long.MinValue;

    /// <summary>The earliest time of the next write: the operation's time plus the pauses inside it.</summary>
    public long Wanted { get; set; }

    /// <summary>The index of the operation being played, recorded with each write.</summary>
    public int Operation { get; set; }

    public BsonDocument? Find(string collection, string id) => Live(collection).GetValueOrDefault(id);

    public IEnumerable<BsonDocument> All(string collection) => Live(collection).Values;

    /// <summary>The ids of a room's messages, oldest insert first.</summary>
    public IReadOnlyList<string> MessagesOf(string roomId) => _messagesByRoom.GetValueOrDefault(roomId) ?? [];

    public long? Insert(string collection, string id, Func<long, BsonDocument> build, bool versioned = true)
    {
        if (Live(collection).ContainsKey(id))
            return null;
        var time = Commit(collection, [id]);
        var document = WithId(build(time), id);
        if (versioned)
            document["_updatedAt"] = new BsonDateTime(time);
        else
            document.Remove("_updatedAt");
        Live(collection)[id] = document;
        if (collection == Collections.Messages && document.GetValue("rid", BsonNull.Value) is BsonString rid)
            (_messagesByRoom.TryGetValue(rid.Value, out var ids) ? ids : _messagesByRoom[rid.Value] = []).Add(id);
        Record(time, collection, id, WriteKind.Insert, null, document, null);
        return time;
    }

    public long? Update(string collection, string id, Func<BsonDocument, long, DocumentUpdate?> change) =>
        UpdateMany(collection, [id], change) > 0 ? Clock : null;

    /// <summary>Updates each listed document that exists and that <paramref name="change"/> accepts, all at one time (one updateMany).</summary>
    public int UpdateMany(string collection, IReadOnlyList<string> ids, Func<BsonDocument, long, DocumentUpdate?> change)
    {
        var time = Peek(collection, ids);
        var changes = ids.Select(id => (Id: id, Before: Find(collection, id)))
            .Select(p => (p.Id, p.Before, Update: p.Before is null ? null : change(p.Before, time)))
            .Where(p => p.Update is not null).ToList();
        if (changes.Count == 0)
            return 0;
        Commit(collection, [.. changes.Select(c => c.Id)]);
        foreach (var (id, before, update) in changes)
        {
            var result = UpdateApplier.Apply(before!, update!, time);
            Live(collection)[id] = result.After;
            Record(time, collection, id, WriteKind.Update, before, result.After, result);
        }
        return changes.Count;
    }

    public long? Replace(string collection, string id, Func<BsonDocument, long, BsonDocument?> build)
    {
        if (Find(collection, id) is not { } before)
            return null;
        var time = Peek(collection, [id]);
        if (build(before, time) is not { } after)
            return null;
        Commit(collection, [id]);
        after = WithId(after, id);
        after["_updatedAt"] = new BsonDateTime(time);
        Live(collection)[id] = after;
        Record(time, collection, id, WriteKind.Replace, before, after, null);
        return time;
    }

    public long? Delete(string collection, string id)
    {
        if (Find(collection, id) is not { } before)
            return null;
        var time = Commit(collection, [id]);
        Live(collection).Remove(id);
        if (collection == Collections.Messages && before.GetValue("rid", BsonNull.Value) is BsonString rid)
            _messagesByRoom[rid.Value].Remove(id);
        Record(time, collection, id, WriteKind.Delete, before, null, null);
        return time;
    }

    private long Peek(string collection, IReadOnlyList<string> ids)
    {
        var time = Math.Max(Clock, Wanted);
        foreach (var id in ids)
        {
            if (_lastWrite.TryGetValue(Key(collection, id), out var last) && last >= time)
                time = last + 1;
        }
        return time;
    }

    private long Commit(string collection, IReadOnlyList<string> ids)
    {
        var time = Peek(collection, ids);
        Clock = time;
        foreach (var id in ids)
            _lastWrite[Key(collection, id)] = time;
        return time;
    }

    private void Record(long time, string collection, string id, WriteKind kind, BsonDocument? before, BsonDocument? after, UpdateApplier.Result? update) =>
        Writes.Add(new WorkspaceWrite(Writes.Count, time, collection, id, kind, before, after, update?.UpdatedFields, update?.RemovedFields, Operation));

    private Dictionary<string, BsonDocument> Live(string collection) =>
        _live.TryGetValue(collection, out var documents) ? documents : _live[collection] = new(StringComparer.Ordinal);

    private static BsonDocument WithId(BsonDocument document, string id)
    {
        if (document.Contains("_id"))
            document["_id"] = id;
        else
            document.InsertAt(0, new BsonElement("_id", id));
        return document;
    }

    private static string Key(string collection, string id) => collection + "\0" + id;
}
