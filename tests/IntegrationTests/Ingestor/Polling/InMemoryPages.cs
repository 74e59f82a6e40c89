using MongoDB.Bson;
using OmniCharts.Ingestor.Documents;
using OmniCharts.Ingestor.Sources.MongoDb.Polling;

namespace OmniCharts.IntegrationTests.Ingestor.Polling;

/// <summary>The poll query of <see cref="IUpdatedSincePages"/> over documents held in memory: no MongoDB server can run here.</summary>
internal sealed class InMemoryPages : IUpdatedSincePages
{
    public List<BsonDocument> Documents { get; } = [];

    public Task<IReadOnlyList<BsonDocument>> ReadAsync(
        RocketChatCollection collection, PollPosition? after, int limit, CancellationToken cancellationToken)
    {
        IReadOnlyList<BsonDocument> page = Documents
            .Select(d => (Position: new PollPosition(d["_updatedAt"].AsBsonDateTime.MillisecondsSinceEpoch, d["_id"].AsString), Document: d))
            .Where(d => after is null || Compare(d.Position, after) > 0)
            .OrderBy(d => d.Position.UpdatedAt).ThenBy(d => d.Position.Id, StringComparer.Ordinal)
            .Take(limit)
            .Select(d => d.Document)
            .ToList();
        return Task.FromResult(page);
    }

    private static int Compare(PollPosition a, PollPosition b) =>
        a.UpdatedAt != b.UpdatedAt ? a.UpdatedAt.CompareTo(b.UpdatedAt) : string.CompareOrdinal(a.Id, b.Id);
}
