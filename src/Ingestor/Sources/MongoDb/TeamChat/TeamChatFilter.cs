using OmniCharts.Contracts;
using OmniCharts.Ingestor.Documents;

namespace OmniCharts.Ingestor.Sources.MongoDb.TeamChat;

/// <summary>
/// Decides, for one batch of a live source, which events go out: a room that is not Omnichannel once, and none of
/// its messages once the room is known. Rooms of this batch count as known only after <see cref="Confirmed"/> (the
/// broker confirmed the batch): a batch that fails is read again, and its rooms must then go out again.
/// </summary>
public sealed class TeamChatFilter(KnownTeamRooms known)
{
    private readonly HashSet<string> _thisBatch = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="event"/> must be published; false when the Projector would only drop it.</summary>
    public bool Admits(object @event)
    {
        switch (@event)
        {
            case RoomChanged { RoomType: not RoomMapping.Omnichannel } room:
                return !IsKnown(room.RoomId) && _thisBatch.Add(room.RoomId);
            case RoomDeleted deleted:
                known.Forget(deleted.RoomId);
                _thisBatch.Remove(deleted.RoomId);
                return true;
            case MessageChanged message:
                return !IsKnown(message.RoomId);
            case MessageDeleted message:
                return !IsKnown(message.RoomId);
            default:
                return true;
        }
    }

    /// <summary>The broker confirmed everything admitted so far: its team rooms are known from now on.</summary>
    public void Confirmed()
    {
        known.AddConfirmed(_thisBatch);
        _thisBatch.Clear();
    }

    private bool IsKnown(string roomId) => known.Contains(roomId) || _thisBatch.Contains(roomId);
}
