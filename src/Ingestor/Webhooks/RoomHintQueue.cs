using System.Collections.Concurrent;
using System.Threading.Channels;

namespace OmniCharts.Ingestor.Webhooks;

/// <summary>
/// The rooms waiting to be fetched: bounded, and each room at most once. A room leaves the set when the worker
/// takes it, before the fetch, so a hint that arrives during a fetch queues one more fetch: the first may have
/// read the room just before the change the second hint announces. A burst of hints for one room thus costs
/// at most two fetches.
/// </summary>
public sealed class RoomHintQueue
{
    private readonly Channel<string> _rooms;
    private readonly ConcurrentDictionary<string, byte> _waiting = new(StringComparer.Ordinal);

    /// <summary>Creates a queue of at most <paramref name="capacity"/> rooms.</summary>
    public RoomHintQueue(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        _rooms = Channel.CreateBounded<string>(new BoundedChannelOptions(capacity) { SingleReader = true });
    }

    /// <summary>The most rooms that may wait.</summary>
    public int Capacity { get; }

    /// <summary>Rooms waiting now.</summary>
    public int Count => _waiting.Count;

    /// <summary>Queues <paramref name="roomId"/> unless it is already waiting or the queue is full; never waits.</summary>
    public HintAdmission Offer(string roomId)
    {
        if (!_waiting.TryAdd(roomId, 0))
            return HintAdmission.Duplicate;
        if (_rooms.Writer.TryWrite(roomId))
            return HintAdmission.Queued;
        _waiting.TryRemove(roomId, out _);
        return HintAdmission.Dropped;
    }

    /// <summary>Waits for the next room and removes it from the waiting set.</summary>
    public async ValueTask<string> TakeAsync(CancellationToken cancellationToken)
    {
        var roomId = await _rooms.Reader.ReadAsync(cancellationToken);
        _waiting.TryRemove(roomId, out _);
        return roomId;
    }
}
