using MongoDB.Bson;
using OmniCharts.Reference.Workspace.Sources;

namespace OmniCharts.Reference.Workspace;

/// <summary>
/// mongoexport over a simulated workspace: full exports, incremental ones
/// (<c>--query '{"_updatedAt": {"$gt": {"$date": "…"}}}'</c>: only dated documents changed after the time, never a
/// deletion), files named like <c>mongoexport --collection X --out X.json</c>, and the union a read model fed only
/// exports must match.
/// </summary>
public static class MongoExport
{
    /// <summary>The five collections, in the order the replay reads their files.</summary>
    public static IReadOnlyList<string> CollectionNames { get; } =
        [Collections.Settings, Collections.Permissions, Collections.Users, Collections.Rooms, Collections.Messages];

    /// <summary>The file mongoexport writes a collection to: <c>rocketchat_room.json</c>, <c>users.json</c>, ….</summary>
    public static string FileName(string collection) => collection + ".json";

    /// <summary>
    /// One document as mongoexport prints it: relaxed extended JSON as the Go driver writes it, compact, in field order;
    /// dates <c>{"$date":"2026-03-08T09:15:02.5Z"}</c> (trailing zeros of the milliseconds dropped), whole int32 and int64
    /// as plain numbers, doubles in Go's shortest form (<c>12.5</c>, <c>100.0</c>, <c>1.234567E+06</c>, <c>1E-05</c>).
    /// </summary>
    public static string Line(BsonDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return RelaxedJson.Line(document);
    }

    /// <summary>Every document of every collection of <paramref name="state"/>.</summary>
    public static WorkspaceExport Full(WorkspaceState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new(state.WriteCount, null, CollectionNames.ToDictionary(c => c, state.Documents, StringComparer.Ordinal));
    }

    /// <summary>The documents of <paramref name="state"/> whose <c>_updatedAt</c> is a date after <paramref name="sinceMs"/>.</summary>
    public static WorkspaceExport UpdatedSince(WorkspaceState state, long sinceMs)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new(state.WriteCount, sinceMs, CollectionNames.ToDictionary(c => c, c => (IReadOnlyList<BsonDocument>)[.. state.Documents(c)
            .Where(d => d.GetValue("_updatedAt", BsonNull.Value) is BsonDateTime updated && updated.MillisecondsSinceEpoch > sinceMs)], StringComparer.Ordinal));
    }

    /// <summary>A full export after <paramref name="atWrite"/> writes.</summary>
    public static WorkspaceExport Full(SimulatedWorkspace workspace, int atWrite)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return Full(workspace.StateAt(atWrite));
    }

    /// <summary>An export after <paramref name="atWrite"/> writes of what changed since the export after <paramref name="sinceWrite"/> writes.</summary>
    public static WorkspaceExport Incremental(SimulatedWorkspace workspace, int sinceWrite, int atWrite)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return UpdatedSince(workspace.StateAt(atWrite), workspace.TimeAt(sinceWrite));
    }

    /// <summary>
    /// Writes the export's files into <paramref name="folder"/> (created when missing): the five collections, or only
    /// <paramref name="collections"/> when given (a folder holding one collection). An empty collection gives an empty file.
    /// </summary>
    public static void WriteExport(string folder, WorkspaceExport export, params string[] collections)
    {
        ArgumentNullException.ThrowIfNull(export);
        Directory.CreateDirectory(folder);
        foreach (var collection in collections.Length == 0 ? CollectionNames : collections)
            File.WriteAllText(Path.Combine(folder, FileName(collection)), string.Concat(export.Lines(collection).Select(line => line + "\n")));
    }

    /// <summary>
    /// The newest version of each document across <paramref name="exports"/> (by <c>_updatedAt</c>; a missing one is
    /// the oldest; on a tie the later export wins): what a read model fed only these exports must match. Deleted
    /// documents stay, since exports never show a deletion.
    /// </summary>
    public static RawDocuments ExportUnion(IEnumerable<WorkspaceExport> exports)
    {
        var list = exports.ToList();
        IReadOnlyList<BsonDocument> Union(string collection)
        {
            var newest = new Dictionary<string, BsonDocument>(StringComparer.Ordinal);
            foreach (var document in list.SelectMany(e => e.Documents(collection)))
            {
                var id = document["_id"].AsString;
                if (!newest.TryGetValue(id, out var kept) || Version(document) >= Version(kept))
                    newest[id] = document;
            }
            return [.. newest.Values];
        }
        return new RawDocuments(Union(Collections.Rooms), Union(Collections.Messages), Union(Collections.Users),
            Union(Collections.Permissions), Union(Collections.Settings));
    }

    private static long Version(BsonDocument document) =>
        document.GetValue("_updatedAt", BsonNull.Value) is BsonDateTime updated ? updated.MillisecondsSinceEpoch : long.MinValue;
}
