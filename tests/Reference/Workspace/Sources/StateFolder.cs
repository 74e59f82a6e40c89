using MongoDB.Bson;

namespace OmniCharts.Reference.Workspace.Sources;

/// <summary>Every collection as it stands after the first writes of a log, in natural (insertion) order.</summary>
internal static class StateFolder
{
    public static WorkspaceState Fold(IReadOnlyList<WorkspaceWrite> writes, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, writes.Count);
        var collections = new Dictionary<string, Dictionary<string, (int Order, BsonDocument Document)>>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var write = writes[i];
            if (!collections.TryGetValue(write.Collection, out var documents))
                collections[write.Collection] = documents = new(StringComparer.Ordinal);
            if (write.After is null)
                documents.Remove(write.Id);
            else if (documents.TryGetValue(write.Id, out var existing))
                documents[write.Id] = (existing.Order, write.After);
            else
                documents[write.Id] = (i, write.After);
        }
        return new WorkspaceState(count, count == 0 ? null : writes[count - 1].WallTime, collections);
    }
}
