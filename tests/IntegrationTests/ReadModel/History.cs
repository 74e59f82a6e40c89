using OmniCharts.ReadModel.Writing;
using static OmniCharts.IntegrationTests.ReadModel.Rooms;

namespace OmniCharts.IntegrationTests.ReadModel;

/// <summary>
/// A fixed history that exercises every kind of change: updates, reopen, transfers, department removal, a deleted
/// room with late changes, a room that is not Omnichannel, messages before their room, type flips and deletes; and
/// the overview's: agents served and transferred, first responders, holds (one at a slot's last millisecond),
/// Productivity with null and missing fields, visitor messages.
/// </summary>
public static class History
{
    private static readonly long Later = Ts + (3 * 86_400_000L) + 1_234;
    private static readonly long SlotEnd = Ts - (Ts % 900_000) + 899_999;

    public static IReadOnlyList<(string Name, Func<ReadModelWriter, Task<bool>> Apply)> Changes { get; } =
    [
        ("r1 v1", w => w.ApplyRoomAsync(Room("r1", 1, dep: "d1", ft: 4_000, ra: 2_000))),
        ("r1 v2 closed", w => w.ApplyRoomAsync(Room("r1", 2, dep: "d1", cd: 90_000, ft: 4_000, ra: 2_500, rt: 700))),
        ("r1 v3 reopened", w => w.ApplyRoomAsync(Room("r1", 3, dep: "d1", cd: 90_000, ft: 4_000, ra: 2_600, rt: 700))),
        ("r1 v4 transferred", w => w.ApplyRoomAsync(Room("r1", 4, dep: "d2", cd: 90_000, ft: 4_000, ra: 2_600, rt: 700))),
        ("r2 v1", w => w.ApplyRoomAsync(Room("r2", 1, dep: "d1", ft: 1_500))),
        ("r2 v2 slower", w => w.ApplyRoomAsync(Room("r2", 2, dep: "d1", ft: 6_000))),
        ("r2 v3 department removed", w => w.ApplyRoomAsync(Room("r2", 3, ft: 6_000, cd: 10_000))),
        ("r3 v1", w => w.ApplyRoomAsync(Room("r3", 1, ts: Later, dep: "d1", ft: 3_000))),
        ("r3 deleted", w => w.DeleteRoomAsync("r3", 5)),
        ("r3 v4 late", w => w.ApplyRoomAsync(Room("r3", 4, ts: Later, dep: "d1", ft: 1_000))),
        ("r4 not omnichannel", w => w.ApplyRoomAsync(Room("r4", 1, ft: 100, omnichannel: false))),
        ("r5", w => w.ApplyRoomAsync(Room("r5", 7, ts: Later, dep: "d2", ft: 2_000, rt: 300))),
        ("r6 v1 open, served", w => w.ApplyRoomAsync(Room("r6", 1, dep: "d1", overview: Overview(open: true, servedBy: "ana")))),
        ("r6 v2 answered", w => w.ApplyRoomAsync(Room("r6", 2, dep: "d1", ft: 2_500, ra: 2_500, rt: 900,
            overview: Overview(open: true, servedBy: "ana", responseBy: "ana", productivity: new(2_500, 2_500, 900))))),
        ("r6 v3 held", w => w.ApplyRoomAsync(Room("r6", 3, dep: "d1", ft: 2_500, ra: 2_500, rt: 900,
            overview: Overview(held: true, servedBy: "ana", responseBy: "ana", productivity: new(2_500, 2_500, 900))))),
        ("r6 v4 transferred to bo", w => w.ApplyRoomAsync(Room("r6", 4, dep: "d2", ft: 2_500, ra: 3_000, rt: 900,
            overview: Overview(open: true, servedBy: "bo", responseBy: "ana", productivity: new(3_000, 2_500, 900))))),
        ("r7 held at the slot's last ms", w => w.ApplyRoomAsync(Room("r7", 1, ts: SlotEnd, ft: 1_000,
            overview: Overview(held: true, servedBy: "bo", responseBy: "bo", productivity: new(null, 1_000, 0))))),
        ("r7 v2 resumed, slower", w => w.ApplyRoomAsync(Room("r7", 2, ts: SlotEnd, ft: 8_000,
            overview: Overview(open: true, servedBy: "bo", responseBy: "bo", productivity: new(-40, 8_000, null))))),
        ("r7 deleted", w => w.DeleteRoomAsync("r7", 9)),
        ("r8 fastest of ana", w => w.ApplyRoomAsync(Room("r8", 1, ts: Ts + 1_000, ft: 700, overview: Overview(servedBy: "ana", responseBy: "ana")))),
        ("r8 v2 answered by bo", w => w.ApplyRoomAsync(Room("r8", 2, ts: Ts + 1_000, ft: 700, overview: Overview(servedBy: "ana", responseBy: "bo")))),
        ("r6 m10 visitor", w => w.ApplyMessageAsync(VisitorMessage("r6", "m10", 1))),
        ("r6 m11 agent", w => w.ApplyMessageAsync(Message("r6", "m11", 1))),
        ("r6 m12 visitor", w => w.ApplyMessageAsync(VisitorMessage("r6", "m12", 1))),
        ("r6 m12 removed", w => w.ApplyMessageAsync(Message("r6", "m12", 2, counts: false))),
        ("r8 m13 visitor", w => w.ApplyMessageAsync(VisitorMessage("r8", "m13", 1))),
        ("r1 m1", w => w.ApplyMessageAsync(Message("r1", "m1", 1))),
        ("r1 m2", w => w.ApplyMessageAsync(Message("r1", "m2", 1))),
        ("r1 m3 system", w => w.ApplyMessageAsync(Message("r1", "m3", 1, counts: false))),
        ("r1 m2 gains t", w => w.ApplyMessageAsync(Message("r1", "m2", 2, counts: false))),
        ("r1 m4", w => w.ApplyMessageAsync(Message("r1", "m4", 1))),
        ("r1 m4 deleted", w => w.DeleteMessageAsync("r1", "m4", 3)),
        ("r1 m4 stale", w => w.ApplyMessageAsync(Message("r1", "m4", 2))),
        ("r2 m5", w => w.ApplyMessageAsync(Message("r2", "m5", 1))),
        ("r2 m6", w => w.ApplyMessageAsync(Message("r2", "m6", 1))),
        ("r3 m7", w => w.ApplyMessageAsync(Message("r3", "m7", 1))),
        ("r4 m8", w => w.ApplyMessageAsync(Message("r4", "m8", 1))),
        ("r5 m9 visitor", w => w.ApplyMessageAsync(Message("r5", "m9", 1, counts: false))),
        ("r5 m9 again counts", w => w.ApplyMessageAsync(Message("r5", "m9", 2))),
    ];

    /// <summary>Applies the changes in the given order and returns the read model's dump with the prefix blanked.</summary>
    public static async Task<string> ReplayAsync(IEnumerable<int> order)
    {
        await using var redis = new RedisNamespace();
        foreach (var index in order)
            await Changes[index].Apply(redis.Writer);
        return (await redis.DumpAsync()).Replace(redis.Prefix, "P", StringComparison.Ordinal);
    }
}
