using MongoDB.Bson;
using OmniCharts.Reference.Workspace.Sources;

namespace OmniCharts.Reference.Workspace;

/// <summary>What mongoexport writes for each collection at one moment: full, or only documents updated since a time.</summary>
public sealed class WorkspaceExport
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<BsonDocument>> _documents;

    internal WorkspaceExport(int atWrite, long? sinceMs, IReadOnlyDictionary<string, IReadOnlyList<BsonDocument>> documents)
    {
        AtWrite = atWrite;
        SinceMs = sinceMs;
        _documents = documents;
    }

    /// <summary>The number of writes the exported state holds.</summary>
    public int AtWrite { get; }

    /// <summary>For an incremental export, the <c>$gt</c> bound on <c>_updatedAt</c> (Unix ms); null for a full export.</summary>
    public long? SinceMs { get; }

    /// <summary>The exported documents of a collection, in natural order (shared: never change them).</summary>
    public IReadOnlyList<BsonDocument> Documents(string collection) => _documents.GetValueOrDefault(collection) ?? [];

    /// <summary>The file's lines: one relaxed extended-JSON document each, exactly as mongoexport prints them.</summary>
    public IEnumerable<string> Lines(string collection) => Documents(collection).Select(RelaxedJson.Line);

    /// <inheritdoc />
    public override string ToString() =>
        $"WorkspaceExport(at write {AtWrite}{(SinceMs is { } since ? $", since {DateTimeOffset.FromUnixTimeMilliseconds(since):O}" : ", full")}: " +
        string.Join(", ", MongoExport.CollectionNames.Select(c => $"{Documents(c).Count} {c}")) + ")";
}
