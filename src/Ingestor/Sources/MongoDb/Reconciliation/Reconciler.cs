using Microsoft.Extensions.Logging;
using OmniCharts.Contracts;
using OmniCharts.Ingestor.Documents;
using OmniCharts.Ingestor.Observability;
using OmniCharts.Ingestor.Sources.MongoDb.ChangeStreams;
using OmniCharts.ReadModel.Generations;
using OmniCharts.ReadModel.Keys;

namespace OmniCharts.Ingestor.Sources.MongoDb.Reconciliation;

/// <summary>
/// Compares MongoDB with the read model and publishes what is missing, newer or gone. The read model is always
/// read before MongoDB, so a document created in between is never taken for a deleted one.
/// </summary>
public sealed class Reconciler(
    IReconciliationSource mongo, ReadModelStamps stored, ReadModelStateStore state, ILivePublishers publishers,
    IngestionStatus status, LiveOptions options, TimeProvider clock, ILogger<Reconciler> logger)
{
    /// <summary>The source name the reconciliation reports under.</summary>
    public const string Source = "reconcile";

    /// <summary>Runs one reconciliation and waits until the broker confirmed everything it published.</summary>
    public async Task<ReconcileCounts> RunAsync(CancellationToken cancellationToken)
    {
        var started = clock.GetUtcNow();
        // The live generation is compared; a rebuild beside it gets the same repairs through the live events' path.
        var keys = await state.LiveKeysAsync();
        using var publisher = publishers.Create();
        var run = new ReconcileRun(mongo, stored, publisher, started.ToUnixTimeMilliseconds(), options.ReconcilePageSize);
        IReadOnlyList<string> missingRooms = [];
        foreach (var collection in Enum.GetValues<RocketChatCollection>().Where(c => c != RocketChatCollection.Messages))
        {
            var missing = await run.RefreshAsync(collection, KeyOf(keys, collection), cancellationToken);
            if (collection == RocketChatCollection.Rooms)
                missingRooms = missing;
        }
        await run.DeleteGoneAsync(RocketChatCollection.Rooms, keys.Room, (id, v) => new RoomDeleted(id, v), cancellationToken);
        await run.DeleteGoneAsync(RocketChatCollection.Users, keys.User, (id, v) => new UserDeleted(id, v), cancellationToken);
        // A room the read model lacked altogether never had its messages compared, however long ago it changed: one an
        // import wrote without _updatedAt is seen by no poll, and without this its messages would never be counted.
        var changed = await mongo.RoomsChangedSinceAsync(started - options.ReconcileMessageWindow, cancellationToken);
        var rooms = changed.Union(missingRooms, StringComparer.Ordinal).ToList();
        foreach (var roomId in rooms)
            await run.MessagesAsync(roomId, keys.RoomMessages(roomId), cancellationToken);
        await publisher.FlushAsync(cancellationToken);

        var counts = new ReconcileCounts(run.Compared, run.Refreshed, run.Deleted, rooms.Count);
        status.Confirmed(Source, started.ToString("O", System.Globalization.CultureInfo.InvariantCulture), started, run.Refreshed + run.Deleted);
        logger.LogInformation("Reconciliation: {Counts}", counts);
        return counts;
    }

    private static Func<string, StackExchange.Redis.RedisKey> KeyOf(RedisKeySchema keys, RocketChatCollection collection) => collection switch
    {
        RocketChatCollection.Rooms => keys.Room,
        RocketChatCollection.Users => keys.User,
        RocketChatCollection.Permissions => keys.Permission,
        RocketChatCollection.Settings => keys.Setting,
        _ => throw new ArgumentOutOfRangeException(nameof(collection), collection, "messages are compared per room"),
    };
}
