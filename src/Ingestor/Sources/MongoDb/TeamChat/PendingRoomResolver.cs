using Microsoft.Extensions.Logging;
using OmniCharts.Contracts;
using OmniCharts.Ingestor.Documents;
using OmniCharts.Ingestor.Observability;
using OmniCharts.Ingestor.Sources.MongoDb.ChangeStreams;
using OmniCharts.ReadModel.Generations;
using StackExchange.Redis;

namespace OmniCharts.Ingestor.Sources.MongoDb.TeamChat;

/// <summary>
/// Bounds how long the read model keeps messages whose room it has not seen (<c>rooms:pending</c>). Normally the room
/// follows within milliseconds (Rocket.Chat updates a room with each message); a room still waiting at two passes in
/// a row is read from MongoDB and published whatever its type, or published as deleted when it no longer exists, so
/// its messages are then counted or dropped. Waiting twice keeps a room that is merely in flight from being read.
/// </summary>
public sealed class PendingRoomResolver(
    IConnectionMultiplexer redis, ReadModelStateStore state, IRoomLookup rooms, ILivePublishers publishers,
    IngestionStatus status, TimeProvider clock, ILogger<PendingRoomResolver> logger)
{
    /// <summary>The source name the passes report under.</summary>
    public const string Source = "pending-rooms";

    /// <summary>Room ids handled per pass at most.</summary>
    public const int PageSize = 1000;

    private HashSet<string> _waitingLastPass = new(StringComparer.Ordinal);

    /// <summary>One pass: publishes the rooms that have waited since the previous one and returns once the broker confirmed them.</summary>
    public async Task<PendingRoomCounts> RunAsync(CancellationToken cancellationToken)
    {
        var waiting = new HashSet<string>(StringComparer.Ordinal);
        var keys = await state.LiveKeysAsync();
        await foreach (var member in redis.GetDatabase().SetScanAsync(keys.PendingRooms, pageSize: PageSize).WithCancellation(cancellationToken))
        {
            waiting.Add(member.ToString());
            if (waiting.Count == PageSize)
                break;
        }

        var stale = waiting.Where(_waitingLastPass.Contains).ToList();
        _waitingLastPass = waiting;
        if (stale.Count == 0)
            return new PendingRoomCounts(waiting.Count, 0, 0);

        var found = await rooms.FindRoomsAsync(stale, cancellationToken);
        var now = clock.GetUtcNow();
        using var publisher = publishers.Create();
        var fetched = 0;
        foreach (var room in found)
        {
            if (DocumentMapper.Map(RocketChatCollection.Rooms, room) is { Kind: OutcomeKind.Publish, Event: { } @event })
            {
                await publisher.PublishAsync(@event, cancellationToken);
                fetched++;
            }
        }

        var existing = found.Select(r => r["_id"].ToString()!).ToHashSet(StringComparer.Ordinal);
        var gone = stale.Where(id => !existing.Contains(id)).ToList();
        // Rocket.Chat removes a room's messages with it: the deletion lets the read model drop what waited for it.
        foreach (var id in gone)
            await publisher.PublishAsync(new RoomDeleted(id, now.ToUnixTimeMilliseconds()), cancellationToken);
        await publisher.FlushAsync(cancellationToken);

        status.Confirmed(Source, $"{fetched + gone.Count} of {waiting.Count}", now, fetched + gone.Count);
        logger.LogInformation("Rooms whose messages waited: {Fetched} read from MongoDB, {Gone} gone, {Pending} waiting", fetched, gone.Count, waiting.Count);
        return new PendingRoomCounts(waiting.Count, fetched, gone.Count);
    }
}
