using System.Collections.Concurrent;
using MongoDB.Bson;
using OmniCharts.Reference.Workspace;

namespace OmniCharts.UnitTests.Reference.Workspace;

/// <summary>Played default workspaces, each played once per test run and shared by the tests that read it.</summary>
internal static class Workspaces
{
    private static readonly ConcurrentDictionary<int, Lazy<SimulatedWorkspace>> Played = new();

    /// <summary>Seeds whose default workspaces the tests read.</summary>
    public static readonly int[] Seeds = [1, 2, 3];

    /// <summary>Small enough to play hundreds of times while shrinking.</summary>
    public static readonly WorkspaceOptions Tiny = new(Weeks: 1, OmnichannelRooms: 12, TeamRooms: 4, Users: 8, Departments: 2);

    /// <summary>Smaller still: a few hundred writes, for scripts played over and over.</summary>
    public static readonly WorkspaceOptions Minute = new(Weeks: 1, OmnichannelRooms: 4, TeamRooms: 2, Users: 8, Departments: 2, TeamChatShare: 0.6);

    private static readonly ConcurrentDictionary<int, Lazy<IReadOnlyList<BsonDocument>>> Streams = new();

    /// <summary>Every change event of <see cref="Default"/>(<paramref name="seed"/>) with the default options.</summary>
    public static IReadOnlyList<BsonDocument> Events(int seed) =>
        Streams.GetOrAdd(seed, s => new Lazy<IReadOnlyList<BsonDocument>>(() => ChangeStream.Events(Default(s), 0, Default(s).Writes.Count))).Value;

    public static SimulatedWorkspace Default(int seed) =>
        Played.GetOrAdd(seed, s => new Lazy<SimulatedWorkspace>(() => WorkspacePlayer.Play(WorkspaceScript.Generate(s)))).Value;
}
