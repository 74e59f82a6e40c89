using OmniCharts.Contracts;
using OmniCharts.IntegrationTests.ReadModel;

namespace OmniCharts.IntegrationTests.Projector;

/// <summary>Contract events of every kind for one small history: updates, reopen, transfer, deletions, late and early arrivals.</summary>
public static class BusHistory
{
    private static readonly DateTimeOffset Created = DateTimeOffset.FromUnixTimeMilliseconds(Rooms.Ts);
    private static readonly DateTimeOffset Later = Created.AddDays(2).AddMinutes(50);

    public static IReadOnlyList<object> Events { get; } =
    [
        new RoomChanged("r1", 1, "l", Created, "d1", null, 4.0, 2.0, null),
        new RoomChanged("r1", 2, "l", Created, "d1", 90.0, 4.0, 2.5, 0.7),
        new RoomChanged("r1", 3, "l", Created, "d1", 90.0, 4.0, 2.6, 0.7),
        new RoomChanged("r1", 4, "l", Created, "d2", 90.0, 4.0, 2.6, 0.7),
        new RoomChanged("r2", 1, "l", Created, "d1", null, 1.5, null, null),
        new RoomChanged("r2", 2, "l", Created, null, 10.0, 6.0, null, null),
        new RoomChanged("r3", 1, "l", Later, "d1", null, 3.0, null, null),
        new RoomDeleted("r3", 5),
        new RoomChanged("r3", 4, "l", Later, "d1", null, 1.0, null, null),
        new RoomChanged("r4", 1, "c", Created, null, null, 0.1, null, null),
        new MessageChanged("m1", "r1", 1, null, false, Created),
        new MessageChanged("m2", "r1", 1, null, false, Created),
        new MessageChanged("m2", "r1", 2, "uj", false, Created),
        new MessageChanged("m3", "r1", 1, null, true, Created),
        new MessageChanged("m4", "r1", 1, null, false, Created),
        new MessageDeleted("m4", "r1", 3),
        new MessageChanged("m4", "r1", 2, null, false, Created),
        new MessageChanged("m5", "r2", 1, null, false, Created),
        new MessageChanged("m6", "r2", 1, null, false, Created),
        new MessageChanged("m7", "r3", 1, null, false, Later),
        new UserChanged("u1", 1, ["livechat-agent"], ["h1"], 2),
        new UserChanged("u1", 2, ["livechat-manager"], ["h2", "h3"], null),
        new UserDeleted("u2", 3),
        new UserChanged("u2", 2, ["admin"], ["h4"], null),
        new PermissionChanged("view-livechat-manager", 1, ["admin"]),
        new PermissionChanged("view-livechat-manager", 2, ["admin", "livechat-manager"]),
        new SettingChanged("Default_Timezone_For_Reporting", 1, "server"),
    ];
}
