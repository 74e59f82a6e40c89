using MongoDB.Bson;
using OmniCharts.Reference;
using OmniCharts.Reference.Histories;

namespace OmniCharts.IntegrationTests.Parity;

/// <summary>Variations the generator does not make: awkward department ids, deleted users, held rooms at local day edges.</summary>
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

    /// <summary>
    /// The history with held, open rooms created in the last millisecond of a local day and in the first one of the next,
    /// in every zone its requests can report in (the server zone, the custom zone setting, the callers' whole-hour
    /// offsets), around its first days: On_Hold_conversations must leave out exactly the ones at a range's end.
    /// </summary>
    public static History WithHeldRoomsAtDayEdges(History history, string serverZone)
    {
        var version = history.Changes.Max(c => c.Version);
        var changes = new List<DocumentChange>(history.Changes);
        var rooms = new List<BsonDocument>(history.Final.Rooms);
        var edges = ReportingZones(history, serverZone)
            .SelectMany(zone => Enumerable.Range(-1, 4).Select(d => LocalMidnight(history.FirstDay.AddDays(d), zone)))
            .OfType<long>().Distinct().SelectMany(midnight => new[] { midnight - 1, midnight });
        foreach (var ts in edges)
        {
            var room = new BsonDocument
            {
                ["_id"] = $"edge-{rooms.Count}", ["t"] = "l", ["ts"] = new BsonDateTime(ts), ["open"] = true, ["onHold"] = true,
                ["metrics"] = new BsonDocument(), ["servedBy"] = new BsonDocument { ["_id"] = "u-zoe", ["username"] = "zoe" },
                ["_updatedAt"] = new BsonDateTime(++version),
            };
            if (history.Departments.Count > 0)
                room["departmentId"] = history.Departments[rooms.Count % history.Departments.Count];
            changes.Add(new DocumentChange(Collections.Rooms, room["_id"].AsString, version, room));
            rooms.Add(room);
        }

        return history with { Changes = changes, Final = history.Final with { Rooms = rooms } };
    }

    private static IEnumerable<TimeZoneInfo> ReportingZones(History history, string serverZone)
    {
        yield return TimeZoneInfo.FindSystemTimeZoneById(serverZone);
        var custom = history.Final.Settings.FirstOrDefault(s => s["_id"] == "Default_Custom_Timezone")?.GetValue("value", "").ToString();
        if (!string.IsNullOrEmpty(custom) && TimeZoneInfo.TryFindSystemTimeZoneById(custom, out var zone))
            yield return zone;
        foreach (var user in history.Final.Users)
        {
            if (user.GetValue("utcOffset", BsonNull.Value) is { IsNumeric: true } offset && offset.ToDouble() is var hours && hours != 0 && hours == Math.Floor(hours))
                yield return TimeZoneInfo.CreateCustomTimeZone($"edge{hours}", TimeSpan.FromHours(hours), "edge", "edge");
        }
    }

    // Local midnight of the day as Rocket.Chat's moment reads it (the earlier instant when it occurs twice); none in a gap.
    private static long? LocalMidnight(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        if (zone.IsInvalidTime(local))
            return null;
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUnixTimeMilliseconds();
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
