using MongoDB.Bson;

namespace OmniCharts.Reference.Histories;

/// <summary>What the steps of one generated history share: the dice, the log and the live ids.</summary>
internal sealed class HistoryState(Random random, ChangeLog log, DateTimeOffset windowStart, IReadOnlyList<string> departments, int overviewSeed)
{
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz";

    public Random Random { get; } = random;

    /// <summary>The overview's own dice (<see cref="OverviewSteps"/>), so that they leave <see cref="Random"/>'s draws unchanged.</summary>
    public Random Overview { get; } = new(overviewSeed);
    public ChangeLog Log { get; } = log;
    public DateTimeOffset WindowStart { get; } = windowStart;
    public IReadOnlyList<string> Departments { get; } = departments;
    public List<string> LiveDepartments { get; } = [.. departments];
    public List<string> LiveRooms { get; } = [];
    public Dictionary<string, List<string>> LiveMessages { get; } = [];
    public int RoomsCreated { get; set; }

    public bool Chance(double probability) => Random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    /// <summary>A 17-character id like Meteor's <c>Random.id()</c>.</summary>
    public string NewId() => new([.. Enumerable.Range(0, 17).Select(_ => Alphabet[Random.Next(Alphabet.Length)])]);

    public BsonDocument Room(string id) => Log.Current(Collections.Rooms, id);

    public IEnumerable<string> LiveRoomsWhere(Func<BsonDocument, bool> predicate) =>
        LiveRooms.Where(id => predicate(Room(id)));
}
