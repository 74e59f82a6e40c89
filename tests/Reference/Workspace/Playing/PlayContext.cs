using MongoDB.Bson;
using OmniCharts.Reference.Bson;

namespace OmniCharts.Reference.Workspace.Playing;

/// <summary>What the moves of one play share: the database, the operation being played and its dice, the labels' ids.</summary>
internal sealed class PlayContext(WorkspaceScript script)
{
    public int Seed { get; } = script.Seed;
    public Database Db { get; } = new();
    public WorkspaceOperation Op { get; private set; } = null!;

    /// <summary>Randomness of the current operation: a function of its roll alone, so removing other operations keeps it.</summary>
    public Random Dice { get; private set; } = new(0);

    /// <summary>Rooms whose id is not derived from their label (direct messages: the two user ids).</summary>
    public Dictionary<string, string> RoomIds { get; } = new(StringComparer.Ordinal);
    public HashSet<string> RemovedDepartments { get; } = new(StringComparer.Ordinal);
    public TokenBook Tokens { get; } = new();
    public Dictionary<string, string> UserPresets { get; } = new(StringComparer.Ordinal);

    public void Begin(int index, WorkspaceOperation operation)
    {
        Op = operation;
        Dice = new Random(operation.Roll);
        Db.Operation = index;
        Db.Wanted = operation.At;
    }

    /// <summary>The next write happens 0 to <paramref name="maxMs"/> ms after the last one.</summary>
    public void Pause(int maxMs = 2) => Db.Wanted = Math.Max(Db.Wanted, Db.Clock) + Dice.Next(0, maxMs + 1);

    public string Id(string label) => RoomIds.TryGetValue(label, out var id) ? id : Ids.Meteor(Seed, label);

    /// <summary>A stable id for a document an operation makes besides its target (a system message, a history copy).</summary>
    public string SideId(string role) => Ids.Meteor(Seed, $"{Op.Target}:{role}:{Op.Number}");

    public string DepartmentId(string label) => Ids.Meteor(Seed, "department:" + label);

    public BsonDocument? Room(string label) => Db.Find(Collections.Rooms, Id(label));

    public BsonDocument? User(string label) => Db.Find(Collections.Users, Id(label));

    public BsonDocument? UserById(string? id) => id is null ? null : Db.Find(Collections.Users, id);

    public List<BsonDocument> Users() => [.. Db.All(Collections.Users)];

    public List<BsonDocument> Agents() => [.. Db.All(Collections.Users).Where(u => BsonPaths.Strings(u, "roles").Contains("livechat-agent"))];

    public T Pick<T>(IReadOnlyList<T> items) => items[Dice.Next(items.Count)];

    public bool Chance(double probability) => Dice.NextDouble() < probability;

    /// <summary>A live department's id, or null when the label is null or the department was removed.</summary>
    public string? LiveDepartment(string? label) => label is null || RemovedDepartments.Contains(label) ? null : DepartmentId(label);
}
