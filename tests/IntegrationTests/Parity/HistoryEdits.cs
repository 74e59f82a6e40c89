using MongoDB.Bson;
using OmniCharts.Reference;
using OmniCharts.Reference.Histories;

namespace OmniCharts.IntegrationTests.Parity;

/// <summary>Variations the generator does not make: awkward department ids and deleted users.</summary>
public static class HistoryEdits
{
    /// <summary>
    /// An id with a space, a colon, glob and hash-tag characters and a non-ASCII letter: it must stay one opaque
    /// string in keys, queries and JSON.
    /// </summary>
    public const string AwkwardDepartment = "Dép 0:*?[x]{y}";

    /// <summary>The history with <paramref name="from"/> renamed to <paramref name="to"/> in every room, before and after.</summary>
    public static History WithDepartmentRenamed(History history, string from, string to)
    {
        BsonDocument Rename(BsonDocument document)
        {
            var copy = document.DeepClone().AsBsonDocument;
            if (copy.TryGetValue("departmentId", out var id) && id == from)
                copy["departmentId"] = to;
            return copy;
        }

        var changes = history.Changes.Select(c => c is { Collection: Collections.Rooms, Document: { } room } ? c with { Document = Rename(room) } : c);
        var final = history.Final with { Rooms = [.. history.Final.Rooms.Select(Rename)] };
        return history with
        {
            Changes = [.. changes],
            Final = final,
            Departments = [.. history.Departments.Select(d => d == from ? to : d)],
        };
    }

    /// <summary>The history with <paramref name="userId"/> deleted after every other change.</summary>
    public static History WithUserDeleted(History history, string userId)
    {
        var version = history.Changes.Max(c => c.Version) + 1;
        return history with
        {
            Changes = [.. history.Changes, new DocumentChange(Collections.Users, userId, version, null)],
            Final = history.Final with { Users = [.. history.Final.Users.Where(u => u["_id"] != userId)] },
        };
    }
}
