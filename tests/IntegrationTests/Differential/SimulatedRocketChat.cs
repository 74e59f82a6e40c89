using MongoDB.Bson;
using OmniCharts.Ingestor.Documents;
using OmniCharts.Ingestor.Sources.MongoDb;
using OmniCharts.Ingestor.Sources.MongoDb.Polling;
using OmniCharts.Ingestor.Sources.MongoDb.Reconciliation;
using OmniCharts.Ingestor.Sources.MongoDb.TeamChat;
using OmniCharts.IntegrationTests.Ingestor.Backfill;
using OmniCharts.Reference.Workspace;

namespace OmniCharts.IntegrationTests.Differential;

/// <summary>
/// Rocket.Chat's database as a simulated workspace stood after <see cref="Moment"/> writes, answering the queries of
/// the poll, the reconciliation and the pending-room lookup the way the MongoDB implementations ask them: polls read
/// every room type and only documents with a dated <c>_updatedAt</c>, with the mapped fields; the reconciliation
/// reads <c>t: 'l'</c> rooms. <see cref="DriftThrough"/> makes the database move on between the pages of one poll.
/// </summary>
internal sealed class SimulatedRocketChat(SimulatedWorkspace workspace) : IUpdatedSincePages, IReconciliationSource, IRoomLookup
{
    private readonly Queue<int> _drift = new();
    private readonly Lock _gate = new();
    private (int Moment, WorkspaceState State)? _cached;

    /// <summary>How many writes of the log the database holds.</summary>
    public int Moment { get; set; }

    /// <summary>Each next poll page is read after one more of <paramref name="moments"/> (write counts in increasing order).</summary>
    public void DriftThrough(IEnumerable<int> moments)
    {
        lock (_gate)
        {
            _drift.Clear();
            foreach (var moment in moments)
                _drift.Enqueue(moment);
        }
    }

    /// <summary>The state at <see cref="Moment"/>.</summary>
    public WorkspaceState State
    {
        get
        {
            lock (_gate)
            {
                if (_cached is not { } cached || cached.Moment != Moment)
                    _cached = cached = (Moment, workspace.StateAt(Moment));
                return cached.State;
            }
        }
    }

    public Task<IReadOnlyList<BsonDocument>> ReadAsync(RocketChatCollection collection, PollPosition? after, int limit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_drift.TryDequeue(out var next))
                Moment = next;
        }
        var position = after is null ? null : new UpdatedAtPosition(after.UpdatedAt, after.Id);
        IReadOnlyList<BsonDocument> page = [.. State.PageByUpdatedAt(CollectionNames.Of(collection), position, limit, IsDated)
            .Select(d => DocumentProjection.Apply(d, MappedFields.Of(collection)))];
        return Task.FromResult(page);
    }

    public Task<IReadOnlyList<DocumentStamp>> PageAsync(RocketChatCollection collection, string afterId, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DocumentStamp>>([.. State.PageById(CollectionNames.Of(collection), afterId, limit, InScope(collection)).Select(StampOf)]);

    public Task<IReadOnlySet<string>> ExistingAsync(RocketChatCollection collection, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var state = State;
        var scope = InScope(collection);
        return Task.FromResult<IReadOnlySet<string>>(ids.Where(id => state.Find(CollectionNames.Of(collection), id) is { } d && scope(d)).ToHashSet(StringComparer.Ordinal));
    }

    public Task<IReadOnlyList<BsonDocument>> FetchAsync(RocketChatCollection collection, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var state = State;
        return Task.FromResult<IReadOnlyList<BsonDocument>>([.. ids.Select(id => state.Find(CollectionNames.Of(collection), id)).OfType<BsonDocument>()]);
    }

    // {_updatedAt: {$gte: since}}: a room without a dated _updatedAt never matches.
    public Task<IReadOnlyList<string>> RoomsChangedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([.. State.Documents(CollectionNames.Of(RocketChatCollection.Rooms))
            .Where(r => InScope(RocketChatCollection.Rooms)(r) && IsDated(r) && r["_updatedAt"].ToUniversalTime() >= since.UtcDateTime)
            .Select(r => r["_id"].AsString)]);

    public Task<IReadOnlyList<DocumentStamp>> MessagesOfRoomAsync(string roomId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DocumentStamp>>([.. State.MessagesOf([roomId]).Select(StampOf)]);

    public Task<IReadOnlyList<BsonDocument>> FindRoomsAsync(IReadOnlyCollection<string> roomIds, CancellationToken cancellationToken)
    {
        var state = State;
        return Task.FromResult<IReadOnlyList<BsonDocument>>([.. roomIds.Select(id => state.Find(CollectionNames.Of(RocketChatCollection.Rooms), id))
            .OfType<BsonDocument>().Select(r => DocumentProjection.Apply(r, MappedFields.Of(RocketChatCollection.Rooms)))]);
    }

    private static bool IsDated(BsonDocument document) => document.GetValue("_updatedAt", BsonNull.Value).IsBsonDateTime;

    private static Func<BsonDocument, bool> InScope(RocketChatCollection collection) =>
        collection == RocketChatCollection.Rooms ? r => r.GetValue("t", BsonNull.Value) == "l" : _ => true;

    private static DocumentStamp StampOf(BsonDocument document) =>
        new(document["_id"].AsString, IsDated(document) ? document["_updatedAt"].AsBsonDateTime.MillisecondsSinceEpoch : 0);
}
