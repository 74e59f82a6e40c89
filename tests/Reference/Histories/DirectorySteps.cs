using System.Security.Cryptography;
using System.Text;
using MongoDB.Bson;

namespace OmniCharts.Reference.Histories;

/// <summary>Users with tokens, the permission document and the reporting settings, and changes to them.</summary>
internal static class DirectorySteps
{
    private static readonly BsonValue[] Offsets = [BsonNull.Value, 0, 3, -4, 5.5, 9, -3];
    private static readonly string[] Modes = ["server", "custom", "user"];
    private static readonly string[] Zones =
        ["", "America/New_York", "Europe/Berlin", "Asia/Kolkata", "Asia/Kathmandu", "America/Santiago", "Australia/Lord_Howe"];

    public static IReadOnlyList<Credential> Seed(HistoryState s)
    {
        Credential[] callers =
        [
            User(s, "manager", ["user", "livechat-manager"], "manager-token", "manager-personal-token"),
            User(s, "monitor", ["user", "livechat-monitor"], "monitor-token"),
            User(s, "admin", ["admin"], "admin-token"),
            User(s, "agent", ["user", "livechat-agent"], "agent-token"),
        ];
        // Absent, the permission falls back to its default roles.
        if (s.Chance(0.8))
            Permission(s);
        s.Log.Put(Collections.Permissions, new BsonDocument { ["_id"] = "view-livechat-rooms", ["roles"] = new BsonArray { "livechat-agent" } });
        if (s.Chance(0.85))
        {
            ReportingSetting(s);
            s.Log.Put(Collections.Settings, new BsonDocument { ["_id"] = "Default_Custom_Timezone", ["value"] = s.Pick(Zones), ["type"] = "select" });
        }
        return callers;
    }

    public static bool Change(HistoryState s)
    {
        switch (s.Random.Next(3))
        {
            case 0:
                ReportingSetting(s);
                break;
            case 1:
                Permission(s);
                break;
            default:
                var manager = s.Log.Current(Collections.Users, "manager");
                manager["utcOffset"] = s.Pick(Offsets);
                s.Log.Put(Collections.Users, manager);
                break;
        }
        return true;
    }

    private static Credential User(HistoryState s, string id, string[] roles, params string[] tokens)
    {
        var loginTokens = new BsonArray(tokens.Select(t => new BsonDocument
        {
            ["when"] = s.WindowStart.UtcDateTime,
            ["hashedToken"] = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(t))),
        }));
        var user = new BsonDocument
        {
            ["_id"] = id,
            ["username"] = id,
            ["roles"] = new BsonArray(roles),
            ["services"] = new BsonDocument("resume", new BsonDocument("loginTokens", loginTokens)),
            ["utcOffset"] = s.Pick(Offsets),
        };
        s.Log.Put(Collections.Users, user);
        return new Credential(id, tokens[0]);
    }

    private static void Permission(HistoryState s)
    {
        var roles = s.Chance(0.7) ? new BsonArray { "admin", "livechat-manager", "livechat-monitor" } : new BsonArray { "admin", "livechat-manager" };
        s.Log.Put(Collections.Permissions, new BsonDocument { ["_id"] = "view-livechat-manager", ["roles"] = roles });
    }

    private static void ReportingSetting(HistoryState s) =>
        s.Log.Put(Collections.Settings, new BsonDocument { ["_id"] = "Default_Timezone_For_Reporting", ["value"] = s.Pick(Modes), ["type"] = "select" });
}
