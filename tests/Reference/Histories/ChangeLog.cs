using MongoDB.Bson;

namespace OmniCharts.Reference.Histories;

/// <summary>Records changes with strictly increasing versions and keeps each document's latest state.</summary>
internal sealed class ChangeLog(long firstVersion, Random random)
{
    private readonly List<DocumentChange> _changes = [];
    private readonly Dictionary<string, OrderedDictionary<string, BsonDocument>> _current = [];
    private long _clock = firstVersion;

    public IReadOnlyList<DocumentChange> Changes => _changes;

    /// <summary>Stores a snapshot of <paramref name="document"/> stamped with a new <c>_updatedAt</c>.</summary>
    public void Put(string collection, BsonDocument document)
    {
        var version = Tick();
        document["_updatedAt"] = new BsonDateTime(version);
        var snapshot = document.DeepClone().AsBsonDocument;
        var id = document["_id"].AsString;
        Collection(collection)[id] = snapshot;
        _changes.Add(new DocumentChange(collection, id, version, snapshot));
    }

    public void Delete(string collection, string id)
    {
        Collection(collection).Remove(id);
        _changes.Add(new DocumentChange(collection, id, Tick(), null));
    }

    /// <summary>The latest state of a live document, as a copy to change and <see cref="Put"/> again.</summary>
    public BsonDocument Current(string collection, string id) => Collection(collection)[id].DeepClone().AsBsonDocument;

    public IReadOnlyList<BsonDocument> Live(string collection) => [.. Collection(collection).Values];

    // Gaps of 1 ms to 5 s: close versions stress ordering, and no two changes share a version.
    private long Tick() => _clock += random.Next(1, 5_000);

    private OrderedDictionary<string, BsonDocument> Collection(string name) =>
        _current.TryGetValue(name, out var documents) ? documents : _current[name] = [];
}
