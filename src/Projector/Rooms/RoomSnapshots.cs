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
            Milliseconds(room.ChatDurationSeconds, id, "metrics.chatDuration"),
            Milliseconds(room.FirstResponseSeconds, id, "metrics.response.ft"),
            Milliseconds(room.AverageResponseSeconds, id, "metrics.response.avg"),
            Milliseconds(room.FirstReactionSeconds, id, "metrics.reaction.ft"));
        return new RoomSnapshot(id, version, IsOmnichannel: true, room.CreatedAt.ToUnixTimeMilliseconds(), room.DepartmentId, metrics);
    }

    private static long? Milliseconds(double? seconds, string id, string field)
    {
        try
        {
            return RoomMetrics.FromSeconds(seconds);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new MalformedEventException($"{nameof(RoomChanged)} {id}: {field} = {seconds} is not a finite number of seconds below 10^9.", e);
        }
    }
}
