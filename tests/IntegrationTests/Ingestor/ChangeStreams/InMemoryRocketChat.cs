using System.Collections.Concurrent;
using MongoDB.Bson;
using OmniCharts.Ingestor.Documents;
using OmniCharts.Ingestor.Sources.MongoDb.Polling;
using OmniCharts.Ingestor.Sources.MongoDb.Reconciliation;
using OmniCharts.Ingestor.Sources.MongoDb.TeamChat;

namespace OmniCharts.IntegrationTests.Ingestor.ChangeStreams;

/// <summary>
/// Rocket.Chat's five collections held in memory, answering the poll, reconciliation and room lookup queries the
/// way the MongoDB implementations do (polls and lookups read rooms of every type, the reconciliation only
/// <c>t: 'l'</c>): no MongoDB server can run here. Each poll read is recorded in <see cref="Sequence"/>.
/// </summary>
internal sealed class InMemoryRocketChat(Sequence sequence) : IUpdatedSincePages, IReconciliationSource, IRoomLookup
{
    private readonly ConcurrentDictionary<RocketChatCollection, ConcurrentDictionary<string, BsonDocument>> _collections = new();

    /// <summary>When each poll query ran, in the shared sequence.</summary>
    public ConcurrentQueue<int> PollReads { get; } = new();

    public void Put(RocketChatCollection collection, BsonDocument document) => Of(collection)[document["_id"].AsString] = document;

    public void Remove(RocketChatCollection collection, string id) => Of(collection).TryRemove(id, out _);

    public Task<IReadOnlyList<BsonDocument>> ReadAsync(RocketChatCollection collection, PollPosition? after, int limit, CancellationToken cancellationToken)
    {
        PollReads.Enqueue(sequence.Next());
        IReadOnlyList<BsonDocument> page = [.. Of(collection).Values
            .Where(d => d.GetValue("_updatedAt", BsonNull.Value).IsBsonDateTime)
            .Select(d => (Position: new PollPosition(UpdatedAt(d), d["_id"].AsString), Document: d))
            .Where(d => after is null || d.Position.UpdatedAt > after.UpdatedAt ||
                (d.Position.UpdatedAt == after.UpdatedAt && string.CompareOrdinal(d.Position.Id, after.Id) > 0))
            .OrderBy(d => d.Position.UpdatedAt).ThenBy(d => d.Position.Id, StringComparer.Ordinal)
            .Take(limit).Select(d => d.Document)];
        return Task.FromResult(page);
    }

    public Task<IReadOnlyList<DocumentStamp>> PageAsync(RocketChatCollection collection, string afterId, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DocumentStamp>>([.. Scoped(collection).Where(d => string.CompareOrdinal(d["_id"].AsString, afterId) > 0)
            .OrderBy(d => d["_id"].AsString, StringComparer.Ordinal).Take(limit).Select(StampOf)]);

    public Task<IReadOnlySet<string>> ExistingAsync(RocketChatCollection collection, IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<string>>(Scoped(collection).Select(d => d["_id"].AsString).Where(ids.Contains).ToHashSet(StringComparer.Ordinal));

    public Task<IReadOnlyList<BsonDocument>> FetchAsync(RocketChatCollection collection, IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<BsonDocument>>([.. Of(collection).Values.Where(d => ids.Contains(d["_id"].AsString))]);

    public Task<IReadOnlyList<string>> RoomsChangedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([.. Scoped(RocketChatCollection.Rooms)
            .Where(d => UpdatedAt(d) >= since.ToUnixTimeMilliseconds()).Select(d => d["_id"].AsString)]);

    public Task<IReadOnlyList<DocumentStamp>> MessagesOfRoomAsync(string roomId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DocumentStamp>>([.. Of(RocketChatCollection.Messages).Values.Where(d => d["rid"] == roomId).Select(StampOf)]);

    public Task<IReadOnlyList<BsonDocument>> FindRoomsAsync(IReadOnlyCollection<string> roomIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<BsonDocument>>([.. Of(RocketChatCollection.Rooms).Values.Where(d => roomIds.Contains(d["_id"].AsString))]);

    private ConcurrentDictionary<string, BsonDocument> Of(RocketChatCollection collection) =>
        _collections.GetOrAdd(collection, _ => new ConcurrentDictionary<string, BsonDocument>(StringComparer.Ordinal));

    private IEnumerable<BsonDocument> Scoped(RocketChatCollection collection) =>
        Of(collection).Values.Where(d => collection != RocketChatCollection.Rooms || d.GetValue("t", BsonNull.Value) == "l");

    private static long UpdatedAt(BsonDocument document) => document["_updatedAt"].AsBsonDateTime.MillisecondsSinceEpoch;

    private static DocumentStamp StampOf(BsonDocument document) => new(document["_id"].AsString, UpdatedAt(document));
}
