using OmniCharts.IntegrationTests.Infrastructure;
using OmniCharts.ReadModel.Generations;
using OmniCharts.ReadModel.Keys;
using OmniCharts.Reference;
using OmniCharts.Reference.Workspace;
using StackExchange.Redis;

namespace OmniCharts.IntegrationTests.Differential;

/// <summary>
/// Team chat must not pile up in Redis, whichever path fed it: no <c>msgs:{rid}</c> for a room the path delivered that
/// is not <c>t: 'l'</c> (nor for one the read model holds as such), and the pending set
/// (<see cref="RedisKeySchema.PendingRooms"/>) holds only rooms whose room document the path has not delivered.
/// </summary>
public static class TeamChatCheck
{
    /// <summary>What is wrong with the live generation under <paramref name="prefix"/>, or null.</summary>
    /// <param name="deliveredRooms">The rooms whose document (any version, or its deletion) the path has delivered so far.</param>
    public static async Task<string?> ProblemAsync(string prefix, SimulatedWorkspace workspace, IReadOnlySet<string> deliveredRooms)
    {
        var keys = await new ReadModelStateStore(TestRedis.Connection, new RedisKeySchema(prefix), TimeProvider.System).LiveKeysAsync();
        var database = TestRedis.Connection.GetDatabase();
        var teamRooms = TeamRooms(workspace);
        var problems = new List<string>();
        var server = TestRedis.Connection.GetServers()[0];
        await foreach (var key in server.KeysAsync(database.Database, RedisKeySchema.ScanPattern(keys.RoomMessages), pageSize: 1000))
        {
            if (RedisKeySchema.IdOf(keys.RoomMessages, key) is not { } rid)
                continue;
            var storedType = await database.HashGetAsync(keys.Room(rid), RoomField.IsOmnichannel);
            if ((deliveredRooms.Contains(rid) && teamRooms.Contains(rid)) || storedType == "0")
                problems.Add($"{key} holds {await database.HashLengthAsync(key)} messages of team room {rid} ({workspace.Final.Find(Collections.Rooms, rid)?["t"]})");
        }
        foreach (var rid in await database.SetMembersAsync(keys.PendingRooms))
        {
            if (deliveredRooms.Contains(rid.ToString()))
                problems.Add($"{keys.PendingRooms} holds {rid}, whose room document was delivered");
        }
        return problems.Count == 0 ? null : string.Join('\n', problems.Distinct().Take(10));
    }

    /// <summary>Every room the log ever inserted that is not Omnichannel (a room's type never changes).</summary>
    private static HashSet<string> TeamRooms(SimulatedWorkspace workspace) =>
        [.. workspace.Writes.Where(w => w.Collection == Collections.Rooms && w.Kind == WriteKind.Insert && w.After!.GetValue("t", "") != "l").Select(w => w.Id)];

    /// <summary>The rooms the first <paramref name="writes"/> writes inserted: what a change stream from the start delivered.</summary>
    public static IReadOnlySet<string> InsertedRooms(SimulatedWorkspace workspace, int writes) =>
        workspace.Writes.Take(writes).Where(w => w.Collection == Collections.Rooms).Select(w => w.Id).ToHashSet(StringComparer.Ordinal);
}
