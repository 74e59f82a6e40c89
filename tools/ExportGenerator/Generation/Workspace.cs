using System.Security.Cryptography;
using System.Text;
using MongoDB.Bson;

namespace OmniCharts.ExportGenerator.Generation;

/// <summary>The users, permissions and settings of an export, with the demo credentials of samples/README.md.</summary>
public sealed class Workspace(Dice dice, DateTime createdAt)
{
    private static readonly string[] AgentNames = ["Ana Souza", "Ben Carter", "Chloe Martin", "Dev Patel", "Emma Schulz"];

    /// <summary>The agents who serve rooms; <c>demo-agent</c> is one of them.</summary>
    public IReadOnlyList<Person> Agents { get; } =
        [new("demo-agent", "demo.agent", "Demo Agent"), .. AgentNames.Select(n => new Person(dice.MeteorId(), n.Split(' ')[0].ToLowerInvariant(), n))];

    /// <summary>Every user document.</summary>
    public IEnumerable<BsonDocument> Users()
    {
        yield return User("demo-manager", "demo.manager", "Demo Manager", ["user", "livechat-manager"], 0, "demo-manager-token");
        yield return User(dice.MeteorId(), "admin", "Administrator", ["user", "admin"], 1, "admin-" + dice.MeteorId());
        foreach (var agent in Agents)
        {
            var token = agent.Id == "demo-agent" ? "demo-agent-token" : "agent-" + dice.MeteorId();
            yield return User(agent.Id, agent.Username, agent.Name, ["user", "livechat-agent"], dice.Pick([-5, -3, 0, 1, 2]), token);
        }
    }

    /// <summary>The permission documents; only <c>view-livechat-manager</c> matters to the charts.</summary>
    public IEnumerable<BsonDocument> Permissions()
    {
        yield return Permission("view-livechat-manager", "admin", "livechat-manager", "livechat-monitor");
        yield return Permission("view-livechat-rooms", "admin", "livechat-manager", "livechat-monitor", "livechat-agent");
        yield return Permission("view-l-room", "admin", "livechat-manager", "livechat-monitor", "livechat-agent");
        yield return Permission("close-livechat-room", "admin", "livechat-manager", "livechat-agent");
    }

    /// <summary>The reporting time zone settings and a few unrelated ones.</summary>
    public IEnumerable<BsonDocument> Settings()
    {
        yield return Setting("Default_Timezone_For_Reporting", "select", "server", "Omnichannel");
        yield return Setting("Default_Custom_Timezone", "select", "", "Omnichannel");
        yield return Setting("Livechat_enabled", "boolean", true, "Omnichannel");
        yield return Setting("Livechat_Routing_Method", "select", "Auto_Selection", "Omnichannel");
        yield return Setting("Accounts_LoginExpiration", "int", 90, "Accounts");
        yield return Setting("Site_Name", "string", "OmniCharts Demo", "General");
    }

    private BsonDocument User(string id, string username, string name, string[] roles, int utcOffset, string token) => new()
    {
        ["_id"] = id,
        ["createdAt"] = createdAt,
        ["username"] = username,
        ["name"] = name,
        ["type"] = "user",
        ["active"] = true,
        ["status"] = "online",
        ["statusLivechat"] = roles.Contains("livechat-agent") ? "available" : "not-available",
        ["roles"] = new BsonArray(roles),
        ["utcOffset"] = utcOffset,
        ["emails"] = new BsonArray { new BsonDocument { ["address"] = $"{username}@example.com", ["verified"] = true } },
        ["services"] = new BsonDocument("resume", new BsonDocument("loginTokens", new BsonArray
        {
            new BsonDocument { ["when"] = createdAt, ["hashedToken"] = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(token))) },
        })),
        ["_updatedAt"] = createdAt,
    };

    private BsonDocument Permission(string id, params string[] roles) =>
        new() { ["_id"] = id, ["roles"] = new BsonArray(roles), ["_updatedAt"] = createdAt };

    private BsonDocument Setting(string id, string type, BsonValue value, string group) => new()
    {
        ["_id"] = id,
        ["value"] = value,
        ["packageValue"] = value,
        ["type"] = type,
        ["group"] = group,
        ["i18nLabel"] = id,
        ["public"] = false,
        ["hidden"] = false,
        ["blocked"] = false,
        ["ts"] = createdAt,
        ["_updatedAt"] = createdAt,
    };
}
