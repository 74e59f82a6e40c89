using MongoDB.Bson;

namespace OmniCharts.IntegrationTests.Ingestor.Backfill;

/// <summary>
/// MongoDB's inclusion projection for dotted paths (through arrays, as MongoDB does), so the in-memory source
/// hands the mapper exactly what the server would and the tests prove the projection leaves out nothing it needs.
/// </summary>
internal static class DocumentProjection
{
    public static BsonDocument Apply(BsonDocument document, IEnumerable<string> paths)
    {
        var projected = new BsonDocument("_id", document["_id"]);
        foreach (var path in paths)
            Include(document, projected, path.Split('.'));
        return projected;
    }

    private static void Include(BsonDocument source, BsonDocument target, ReadOnlySpan<string> path)
    {
        if (!source.TryGetValue(path[0], out var value))
            return;
        if (path.Length == 1)
        {
            target[path[0]] = value.DeepClone();
            return;
        }

        var rest = path[1..].ToArray();
        switch (value)
        {
            case BsonDocument inner:
                var child = target.GetValue(path[0], null) as BsonDocument ?? new BsonDocument();
                Include(inner, child, rest);
                target[path[0]] = child;
                break;
            case BsonArray array:
                var existing = target.GetValue(path[0], null) as BsonArray;
                var items = new BsonArray();
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is not BsonDocument element)
                        continue;
                    var item = existing is not null && i < existing.Count ? existing[i].AsBsonDocument : new BsonDocument();
                    Include(element, item, rest);
                    items.Add(item);
                }
                target[path[0]] = items;
                break;
        }
    }
}
