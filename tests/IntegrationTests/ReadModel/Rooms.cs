using OmniCharts.ReadModel.Writing;

namespace OmniCharts.IntegrationTests.ReadModel;

/// <summary>Builders for the changes the read-model tests apply.</summary>
public static class Rooms
{
    /// <summary>2026-03-10T10:07:00Z: slot 40 of its UTC day.</summary>
    public static readonly long Ts = DateTimeOffset.Parse("2026-03-10T10:07:00Z", System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();

    public static RoomSnapshot Room(
        string id, long version, long? ts = null, string? dep = null,
        long? cd = null, long? ft = null, long? ra = null, long? rt = null, bool omnichannel = true, RoomOverview? overview = null) =>
        new(id, version, omnichannel, ts ?? Ts, dep, new RoomMetrics(cd, ft, ra, rt), overview);

    /// <summary>The overview's facts of a room: open, on hold, its agents, its Productivity values.</summary>
    public static RoomOverview Overview(
        bool open = false, bool held = false, string? servedBy = null, string? responseBy = null, RoomProductivity? productivity = null) =>
        new(open, held, servedBy, responseBy, productivity);

    public static MessageSnapshot Message(string roomId, string id, long version, bool counts = true) =>
        new(id, roomId, version, counts ? MessageCount.Both : MessageCount.None);

    public static MessageSnapshot VisitorMessage(string roomId, string id, long version) =>
        new(id, roomId, version, MessageCount.OverviewOnly);

    public static Dictionary<string, long> Expected(params (string Metric, long Value)[] fields) =>
        fields.ToDictionary(f => f.Metric, f => f.Value);
}
