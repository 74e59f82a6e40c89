using System.Runtime.CompilerServices;
using MongoDB.Bson;
using OmniCharts.Ingestor.Documents;
using OmniCharts.Ingestor.Sources.MongoDb;
using OmniCharts.Ingestor.Sources.MongoDb.Backfill;
using OmniCharts.IntegrationTests.Ingestor.Backfill;
using OmniCharts.Reference.Workspace;

namespace OmniCharts.IntegrationTests.Differential;

/// <summary>
/// The backfill's reads over a workspace that keeps changing: every page of every collection comes from
/// <see cref="OverlappingBackfill.Pages"/>, read from the state at the moment it is read, the moment moving on by
/// <paramref name="writesBetweenPages"/> writes between pages (and between collections); a page of rooms' messages is
/// read at that page's moment. Before a page is served, <paramref name="reach"/> hands the tail the change events of
/// the writes since the previous one, so the backfill and the tail race as they do beside a live Rocket.Chat.
/// </summary>
internal sealed class RacingBackfillSource(
    SimulatedWorkspace workspace, int startAt, int writesBetweenPages, int pageSize, Action<int> reach) : IBackfillSources, IBackfillSource
{
    private readonly Dictionary<RocketChatCollection, (IEnumerator<BackfillPage> Pages, string? LastId)> _collections = [];
    private WorkspaceState? _state;

    /// <summary>The number of writes the last page was read after.</summary>
    public int Moment { get; private set; } = startAt;

    public int PagesRead { get; private set; }

    public IBackfillSource Open(string mongoUri) => this;

    public Task<IReadOnlyList<BsonDocument>> ReadPageAsync(
        RocketChatCollection collection, BackfillFilter filter, string? afterId, int limit, CancellationToken cancellationToken)
    {
        Assert.True(filter.RoomsSince is null && limit == pageSize, $"the backfill asked for {filter} and {limit} documents a page");
        if (!_collections.TryGetValue(collection, out var read))
        {
            var start = PagesRead == 0 ? Moment : Math.Min(workspace.Writes.Count, Moment + writesBetweenPages);
            read = (OverlappingBackfill.Pages(workspace, CollectionNames.Of(collection), start, writesBetweenPages, pageSize).GetEnumerator(), null);
        }
        Assert.True(read.LastId == afterId, $"the backfill asked for {CollectionNames.Of(collection)} after {afterId}, not after {read.LastId}");
        Assert.True(read.Pages.MoveNext(), $"the backfill read {CollectionNames.Of(collection)} past its last page");
        var page = read.Pages.Current;
        _collections[collection] = (read.Pages, page.Documents.Count > 0 ? page.Documents[^1]["_id"].AsString : afterId);
        PagesRead++;
        Moment = page.ReadAtWrite;
        _state = null;
        reach(Moment);
        return Task.FromResult<IReadOnlyList<BsonDocument>>([.. page.Documents.Select(d => DocumentProjection.Apply(d, MappedFields.Of(collection)))]);
    }

    public async IAsyncEnumerable<BsonDocument> ReadMessagesAsync(IReadOnlyCollection<string> roomIds, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var message in State.MessagesOf(roomIds))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return DocumentProjection.Apply(message, MappedFields.Of(RocketChatCollection.Messages));
        }
        await Task.Yield();
    }

    public Task<long> CountAsync(RocketChatCollection collection, BackfillFilter filter, string? afterId, CancellationToken cancellationToken) =>
        Task.FromResult((long)State.PageById(CollectionNames.Of(collection), afterId, int.MaxValue).Count);

    private WorkspaceState State => _state ??= workspace.StateAt(Moment);
}
