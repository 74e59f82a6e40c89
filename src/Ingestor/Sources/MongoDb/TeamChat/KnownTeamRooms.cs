using System.Collections.Concurrent;

namespace OmniCharts.Ingestor.Sources.MongoDb.TeamChat;

/// <summary>
/// Rooms that the live sources have published, and the broker confirmed, as not Omnichannel. The Projector
/// already keeps nothing of their messages; knowing them here spares it the work: a busy channel updates its room
/// document with every message, and none of that needs to leave the Ingestor more than once. A cache, never a
/// source of truth: when it forgets a room (restart, capacity) the room is simply published again.
/// </summary>
/// <param name="capacity">Rooms remembered at most; past it the memory starts over (about 100 bytes a room).</param>
public sealed class KnownTeamRooms(int capacity = KnownTeamRooms.DefaultCapacity)
{
    /// <summary>Rooms remembered by default.</summary>
    public const int DefaultCapacity = 200_000;

    private readonly ConcurrentDictionary<string, byte> _rooms = new(StringComparer.Ordinal);

    /// <summary>How many rooms are remembered.</summary>
    public int Count => _rooms.Count;

    /// <summary>True when <paramref name="roomId"/> was confirmed as not Omnichannel.</summary>
    public bool Contains(string roomId) => _rooms.ContainsKey(roomId);

    /// <summary>Remembers rooms whose not-Omnichannel event the broker confirmed.</summary>
    public void AddConfirmed(IEnumerable<string> roomIds)
    {
        ArgumentNullException.ThrowIfNull(roomIds);
        foreach (var roomId in roomIds)
        {
            if (_rooms.Count >= capacity)
                _rooms.Clear();
            _rooms.TryAdd(roomId, 0);
        }
    }

    /// <summary>Forgets a deleted room: its id will not come back, and its deletion must reach the Projector.</summary>
    public void Forget(string roomId) => _rooms.TryRemove(roomId, out _);
}
