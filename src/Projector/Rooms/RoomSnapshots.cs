using OmniCharts.Contracts;
using OmniCharts.Projector.Messaging;
using OmniCharts.ReadModel.Writing;

namespace OmniCharts.Projector.Rooms;

/// <summary>Validates a <see cref="RoomChanged"/> and turns it into the read model's input.</summary>
public static class RoomSnapshots
{
    /// <summary>Only <c>t: 'l'</c> rooms count in charts.</summary>
    public const string OmnichannelRoomType = "l";

    /// <summary>The snapshot of <paramref name="room"/>, metrics in integer milliseconds.</summary>
    /// <exception cref="MalformedEventException">The event can never be applied.</exception>
    public static RoomSnapshot From(RoomChanged room)
    {
        ArgumentNullException.ThrowIfNull(room);
        var id = EventGuard.Id(room.RoomId, nameof(RoomChanged), nameof(room.RoomId));
        var version = EventGuard.Version(room.SourceVersion, nameof(RoomChanged), id);
        if (room.RoomType != OmnichannelRoomType)
            return RoomSnapshot.NotOmnichannel(id, version);
        if (room.CreatedAt == default)
            throw new MalformedEventException($"{nameof(RoomChanged)} {id}: CreatedAt is missing.");
        var metrics = new RoomMetrics(
            Milliseconds(RoomMetrics.FromSeconds, room.ChatDurationSeconds, id, "metrics.chatDuration"),
            Milliseconds(RoomMetrics.FromSeconds, room.FirstResponseSeconds, id, "metrics.response.ft"),
            Milliseconds(RoomMetrics.FromSeconds, room.AverageResponseSeconds, id, "metrics.response.avg"),
            Milliseconds(RoomMetrics.FromSeconds, room.FirstReactionSeconds, id, "metrics.reaction.ft"));
        return new RoomSnapshot(id, version, IsOmnichannel: true, room.CreatedAt.ToUnixTimeMilliseconds(), room.DepartmentId, metrics, Overview(room, id));
    }

    /// <summary>
    /// The overview's facts (analytics-overview.md §3–5): open is <c>metrics &amp;&amp; !metrics.chatDuration &amp;&amp; !onHold</c>;
    /// Productivity counts a room with both <c>metrics.response</c> and <c>metrics.reaction</c>. Flags an older publisher
    /// did not send read as false.
    /// </summary>
    private static RoomOverview Overview(RoomChanged room, string id)
    {
        var onHold = room.OnHold == true;
        var open = room.HasMetrics == true && room.ChatDurationSeconds is not (> 0 or < 0) && !onHold;
        var productivity = room.HasResponseMetrics == true && room.HasReactionMetrics == true
            ? new RoomProductivity(
                Present(room.HasAverageResponse, room.AverageResponseSeconds, id, "metrics.response.avg"),
                Present(room.HasFirstResponse, room.FirstResponseSeconds, id, "metrics.response.ft"),
                Present(room.HasFirstReaction, room.FirstReactionSeconds, id, "metrics.reaction.ft"))
            : null;
        return new RoomOverview(open, onHold, Agent(room.ServedByUsername), Agent(room.ResponseByUsername), productivity);
    }

    // JavaScript adds a null field as 0 and a missing one as NaN (null here).
    private static long? Present(bool? present, double? seconds, string id, string field) =>
        present == true ? Milliseconds(RoomProductivity.FromSeconds, seconds, id, field) ?? 0 : null;

    // Rocket.Chat usernames are never empty; an empty one is read as no agent.
    private static string? Agent(string? username) => string.IsNullOrEmpty(username) ? null : username;

    private static long? Milliseconds(Func<double?, long?> convert, double? seconds, string id, string field)
    {
        try
        {
            return convert(seconds);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new MalformedEventException($"{nameof(RoomChanged)} {id}: {field} = {seconds} is not a finite number of seconds below 10^9.", e);
        }
    }
}
