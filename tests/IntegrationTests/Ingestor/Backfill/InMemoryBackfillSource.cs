using System.Runtime.CompilerServices;
using MongoDB.Bson;
using OmniCharts.Ingestor.Documents;
using OmniCharts.Ingestor.Sources.MongoDb;
using OmniCharts.Ingestor.Sources.MongoDb.Backfill;
using OmniCharts.Reference;

namespace OmniCharts.IntegrationTests.Ingestor.Backfill;

/// <summary>
/// The backfill queries of <see cref="IBackfillSource"/> over documents held in memory (no MongoDB server can run
/// here), with the same filters, <c>_id</c> order and projection as the driver adapter; counts what it served.
/// </summary>
internal sealed class InMemoryBackfillSource(RawDocuments documents) : IBackfillSource, IBackfillSources
{
    /// <summary>Runs after each page is served; a test cancels or fails a run from here.</summary>
    public Action<RocketChatCollection, int>? OnPage { get; set; }

    private readonly Dictionary<RocketChatCollection, int> _pages = [];

    public int Pages => _pages.Values.Sum();

    public long RoomsServed { get; private set; }

    public long DocumentsServed { get; private set; }

    public long MessagesServed { get; private set; }

    public int PagesOf(RocketChatCollection collection) => _pages.GetValueOrDefault(collection);

    public IBackfillSource Open(string mongoUri) => this;

    public Task<IReadOnlyList<BsonDocument>> ReadPageAsync(
        RocketChatCollection collection, BackfillFilter filter, string? afterId, int limit, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<BsonDocument> page = [.. Matching(collection, filter, afterId).Take(limit).Select(d => DocumentProjection.Apply(d, MappedFields.Of(collection)))];
        _pages[collection] = PagesOf(collection) + 1;
        DocumentsServed += page.Count;
        RoomsServed += collection == RocketChatCollection.Rooms ? page.Count : 0;
        OnPage?.Invoke(collection, PagesOf(collection));
        return Task.FromResult(page);
    }

    public async IAsyncEnumerable<BsonDocument> ReadMessagesAsync(
        IReadOnlyCollection<string> roomIds, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rooms = roomIds.ToHashSet(StringComparer.Ordinal);
        foreach (var message in documents.Messages.Where(m => rooms.Contains(m.GetValue("rid", "").ToString()!)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            MessagesServed++;
            DocumentsServed++;
            yield return DocumentProjection.Apply(message, MappedFields.Of(RocketChatCollection.Messages));
        }
        await Task.Yield();
    }

    public Task<long> CountAsync(RocketChatCollection collection, BackfillFilter filter, string? afterId, CancellationToken cancellationToken) =>
        Task.FromResult((long)Matching(collection, filter, afterId).Count());

    // MongoDB compares string _ids by their UTF-8 bytes, which is ordinal order for the ids Rocket.Chat makes.
    private IEnumerable<BsonDocument> Matching(RocketChatCollection collection, BackfillFilter filter, string? afterId) =>
        Of(collection)
            .Where(d => afterId is null || string.CompareOrdinal(d["_id"].AsString, afterId) > 0)
            .Where(d => collection != RocketChatCollection.Rooms || IsTeamRoomOrSince(d, filter))
            .OrderBy(d => d["_id"].AsString, StringComparer.Ordinal);

    private static bool IsTeamRoomOrSince(BsonDocument room, BackfillFilter filter) =>
        room.GetValue("t", BsonNull.Value) != "l" ||
        (filter.RoomsSince is not { } since || (room.GetValue("ts", BsonNull.Value) is { IsBsonDateTime: true } ts && ts.ToUniversalTime() >= since.UtcDateTime));

    private IReadOnlyList<BsonDocument> Of(RocketChatCollection collection) => collection switch
    {
        RocketChatCollection.Settings => documents.Settings,
        RocketChatCollection.Permissions => documents.Permissions,
        RocketChatCollection.Users => documents.Users,
        RocketChatCollection.Rooms => documents.Rooms,
        _ => throw new ArgumentOutOfRangeException(nameof(collection), collection, CollectionNames.Of(collection) + " is read through its rooms"),
    };
}
