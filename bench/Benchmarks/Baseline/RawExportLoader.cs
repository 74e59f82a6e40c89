using MongoDB.Bson;
using OmniCharts.ReadModel.Writing;

namespace OmniCharts.Benchmarks.Baseline;

/// <summary>Reads a mongoexport directory (one extended-JSON document per line) into a <see cref="RawExport"/>.</summary>
public static class RawExportLoader
{
    /// <summary>Loads rooms, messages, users and the manager permission from <paramref name="directory"/>.</summary>
    public static RawExport Load(string directory)
    {
        var rooms = Documents(directory, "rocketchat_room.json")
            .Where(d => d.GetValue("t", BsonNull.Value) == "l" && d.GetValue("ts", BsonNull.Value).IsValidDateTime)
            .Select(Room)
            .OrderBy(r => r.Ts)
            .ToArray();
        var flags = new Dictionary<string, List<byte>>(StringComparer.Ordinal);
        foreach (var message in Documents(directory, "rocketchat_message.json"))
        {
            if (message.GetValue("rid", BsonNull.Value) is not BsonString rid)
                continue;
            if (!flags.TryGetValue(rid.Value, out var list))
                flags[rid.Value] = list = [];
            list.Add((byte)((Present(message, "t") ? RawExport.HasType : 0) | (Present(message, "token") ? RawExport.HasToken : 0)));
        }

        var callers = LoadCallers(directory);
        return new RawExport(rooms, flags.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal), callers.Users, callers.ManagerRoles);
    }

    /// <summary>Loads only the users and the manager permission of <paramref name="directory"/>.</summary>
    public static BaselineCallers LoadCallers(string directory)
    {
        var users = Documents(directory, "users.json").ToDictionary(u => u["_id"].AsString, User, StringComparer.Ordinal);
        var permission = Documents(directory, "rocketchat_permissions.json").FirstOrDefault(p => p["_id"] == "view-livechat-manager");
        var managerRoles = permission?.GetValue("roles", new BsonArray()).AsBsonArray.Select(r => r.AsString).ToHashSet(StringComparer.Ordinal) ?? [];
        return new BaselineCallers(users, managerRoles);
    }

    private static IEnumerable<BsonDocument> Documents(string directory, string file)
    {
        var path = Path.Combine(directory, file);
        if (!File.Exists(path))
            yield break;
        foreach (var line in File.ReadLines(path))
            if (!string.IsNullOrWhiteSpace(line))
                yield return BsonDocument.Parse(line);
    }

    /// <summary>The fields of a <c>t: 'l'</c> room document the baselines read (<c>_id</c>, <c>ts</c>, <c>departmentId</c>, <c>metrics</c>, the overview's).</summary>
    public static RawRoom Room(BsonDocument room) => new(
        room["ts"].ToUniversalTime().Subtract(DateTime.UnixEpoch).Ticks / TimeSpan.TicksPerMillisecond,
        room["_id"].AsString,
        room.GetValue("departmentId", BsonNull.Value) is BsonString { Value.Length: > 0 } department ? department.Value : null,
        Metric(room, "chatDuration"), Metric(room, "response", "ft"), Metric(room, "response", "avg"), Metric(room, "reaction", "ft"),
        RawOverviewReader.Read(room));

    private static long Metric(BsonDocument room, params string[] path)
    {
        BsonValue value = room.GetValue("metrics", BsonNull.Value);
        foreach (var name in path)
            value = value is BsonDocument document ? document.GetValue(name, BsonNull.Value) : BsonNull.Value;
        return value.IsNumeric ? RoomMetrics.FromSeconds(value.ToDouble()) ?? 0 : 0;
    }

    private static bool Present(BsonDocument document, string name) => !document.GetValue(name, BsonNull.Value).IsBsonNull;

    private static RawUser User(BsonDocument user)
    {
        var tokens = user.GetValue("services", new BsonDocument()).AsBsonDocument
            .GetValue("resume", new BsonDocument()).AsBsonDocument
            .GetValue("loginTokens", new BsonArray()).AsBsonArray
            .Select(t => t.AsBsonDocument.GetValue("hashedToken", "").AsString).ToHashSet(StringComparer.Ordinal);
        var roles = user.GetValue("roles", new BsonArray()).AsBsonArray.Select(r => r.AsString).ToList();
        return new RawUser(tokens, roles);
    }
}
