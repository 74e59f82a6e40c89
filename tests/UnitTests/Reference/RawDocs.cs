using MongoDB.Bson;
using OmniCharts.Reference;
using OmniCharts.Reference.ChartsData;

namespace OmniCharts.UnitTests.Reference;

/// <summary>Small raw Rocket.Chat documents for hand-computed oracle cases.</summary>
internal static class RawDocs
{
    public const string ManagerToken = "manager-token";
    public const string AgentToken = "agent-token";

    public static BsonDocument User(string id, string token, string role, double? utcOffset = null)
    {
        var user = new BsonDocument
        {
            ["_id"] = id,
            ["roles"] = new BsonArray { "user", role },
            ["services"] = new BsonDocument("resume", new BsonDocument("loginTokens",
                new BsonArray { new BsonDocument("hashedToken", Hash(token)) })),
        };
        if (utcOffset is { } offset)
            user["utcOffset"] = offset;
        return user;
    }

    public static BsonDocument Room(string id, string ts, string? department = null, double? ft = null, string type = "l")
    {
        var room = new BsonDocument { ["_id"] = id, ["t"] = type, ["ts"] = new BsonDateTime(DateTimeOffset.Parse(ts).UtcDateTime) };
        if (department is not null)
            room["departmentId"] = department;
        if (ft is { } first)
            room["metrics"] = new BsonDocument("response", new BsonDocument { ["ft"] = first, ["avg"] = first });
        return room;
    }

    public static BsonDocument Message(string id, string rid) => new() { ["_id"] = id, ["rid"] = rid, ["msg"] = "hi" };

    public static BsonDocument Setting(string id, string value) => new() { ["_id"] = id, ["value"] = value };

    public static RawDocuments With(IEnumerable<BsonDocument> rooms, IEnumerable<BsonDocument>? messages = null,
        IEnumerable<BsonDocument>? settings = null, double? managerOffset = null) =>
        new([.. rooms], [.. messages ?? []],
            [User("manager", ManagerToken, "livechat-manager", managerOffset), User("agent", AgentToken, "livechat-agent")],
            [], [.. settings ?? []]);

    public static ChartRequest Ask(string chart, string start, string end, params (string, string)[] more) =>
        ChartRequest.Of("manager", ManagerToken, [("chartName", chart), ("start", start), ("end", end), .. more]);

    private static string Hash(string token) =>
        Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));
}
