using OmniCharts.Contracts;
using OmniCharts.Ingestor.Documents;
using OmniCharts.Ingestor.Sources.MongoDb.Polling;
using StackExchange.Redis;

namespace OmniCharts.Ingestor.Sources.MongoDb.Reconciliation;

/// <summary>
/// One reconciliation's comparisons and counts. A deletion it publishes is versioned by the reconciliation's
/// start, or one past the stored version when that is later (Rocket.Chat's clock ahead of ours): the document
/// is gone, so no later <c>_updatedAt</c> of it can exist, and the tombstone must outrank the one the read model holds.
/// </summary>
internal sealed class ReconcileRun(IReconciliationSource mongo, ReadModelStamps stored, IConfirmedPublisher publisher, long nowMs, int pageSize)
{
    public long Compared { get; private set; }

    public long Refreshed { get; private set; }

    public long Deleted { get; private set; }

    /// <summary>
    /// Publishes every document of <paramref name="collection"/> the read model lacks or holds older; returns the ids
    /// of those it lacked altogether.
    /// </summary>
    public async Task<IReadOnlyList<string>> RefreshAsync(RocketChatCollection collection, Func<string, RedisKey> keyOf, CancellationToken cancellationToken)
    {
        var afterId = "";
        var missing = new List<string>();
        while (true)
        {
            var page = await mongo.PageAsync(collection, afterId, pageSize, cancellationToken);
            if (page.Count == 0)
                return missing;
            var versions = await stored.VersionsAsync(keyOf, [.. page.Select(s => s.Id)]);
            var stale = page.Where((stamp, i) => versions[i].Version is not { } v || v < stamp.UpdatedAt).Select(s => s.Id).ToList();
            missing.AddRange(page.Where((_, i) => versions[i].Version is null).Select(s => s.Id));
            await PublishWholeAsync(collection, stale, cancellationToken);
            Compared += page.Count;
            afterId = page[^1].Id;
        }
    }

    /// <summary>Publishes a deletion for every live entry of the read model that MongoDB no longer has.</summary>
    public async Task DeleteGoneAsync(
        RocketChatCollection collection, Func<string, RedisKey> keyOf, Func<string, long, object> deletion, CancellationToken cancellationToken)
    {
        await foreach (var ids in stored.ScanIdsAsync(keyOf, pageSize).WithCancellation(cancellationToken))
        {
            var versions = await stored.VersionsAsync(keyOf, ids);
            var live = ids.Select((id, i) => (Id: id, versions[i].Version, versions[i].IsLive)).Where(e => e.IsLive).ToList();
            var existing = live.Count == 0 ? new HashSet<string>() : await mongo.ExistingAsync(collection, [.. live.Select(e => e.Id)], cancellationToken);
            foreach (var (id, version, _) in live.Where(e => !existing.Contains(e.Id)))
                await PublishDeletionAsync(deletion(id, DeletionVersion(version!.Value)), cancellationToken);
            Compared += ids.Count;
        }
    }

    /// <summary>Compares one room's messages: publishes those missing or newer, and deletions for those gone.</summary>
    public async Task MessagesAsync(string roomId, RedisKey roomMessages, CancellationToken cancellationToken)
    {
        var held = await stored.MessagesAsync(roomMessages);
        var current = await mongo.MessagesOfRoomAsync(roomId, cancellationToken);
        var stale = current.Where(s => !held.TryGetValue(s.Id, out var h) || (!h.Deleted && h.Version < s.UpdatedAt)).Select(s => s.Id).ToList();
        await PublishWholeAsync(RocketChatCollection.Messages, stale, cancellationToken);
        var present = current.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (id, (version, deleted)) in held.Where(h => !h.Value.Deleted && !present.Contains(h.Key)))
            await PublishDeletionAsync(new MessageDeleted(id, roomId, DeletionVersion(version)), cancellationToken);
        Compared += current.Count + held.Count;
    }

    private long DeletionVersion(long storedVersion) => Math.Max(nowMs, storedVersion + 1);

    private async Task PublishWholeAsync(RocketChatCollection collection, List<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
            return;
        foreach (var document in await mongo.FetchAsync(collection, ids, cancellationToken))
        {
            if (DocumentMapper.Map(collection, document) is { Kind: OutcomeKind.Publish, Event: { } @event })
            {
                await publisher.PublishAsync(@event, cancellationToken);
                Refreshed++;
            }
        }
    }

    private async Task PublishDeletionAsync(object deletion, CancellationToken cancellationToken)
    {
        await publisher.PublishAsync(deletion, cancellationToken);
        Deleted++;
    }
}
