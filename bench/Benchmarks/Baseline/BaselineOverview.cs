using OmniCharts.QueryApi.Overview.Requests;

namespace OmniCharts.Benchmarks.Baseline;

/// <summary>
/// The overview computed on request from the in-memory export, as Rocket.Chat does: the range's rooms found by binary
/// search on <c>ts</c> (the <c>{t, ts}</c> index), filtered by department, their messages counted through <c>rid</c>
/// when a card needs them, then reduced (<see cref="OverviewReduction"/>).
/// </summary>
public sealed class BaselineOverview(RawExport data)
{
    /// <summary>The body of <paramref name="name"/>.</summary>
    public byte[] Body(string name, string? departmentId, LocalRange range)
    {
        ArgumentNullException.ThrowIfNull(range);
        var (untyped, counted) = (name == OverviewNames.Conversations, name == "Total_messages");
        var rooms = new List<OverviewRoom>();
        for (var i = data.FirstRoomAtOrAfter(range.From); i < data.Rooms.Length && data.Rooms[i].Ts <= range.To; i++)
        {
            var room = data.Rooms[i];
            if (departmentId is not null && !string.Equals(room.DepartmentId, departmentId, StringComparison.Ordinal))
                continue;
            rooms.Add(new OverviewRoom(room, untyped ? Messages(room.Id, RawExport.HasType) : 0, counted ? Messages(room.Id, RawExport.HasType | RawExport.HasToken) : 0));
        }

        return OverviewReduction.Body(name, range, TimeZoneInfo.Utc, rooms);
    }

    // The room's messages with none of the flags in `excluded`.
    private long Messages(string roomId, byte excluded) =>
        data.MessageFlags.TryGetValue(roomId, out var flags) ? flags.Count(f => (f & excluded) == 0) : 0;
}
