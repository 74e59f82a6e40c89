using MongoDB.Bson;

namespace OmniCharts.Reference.Workspace.Playing;

/// <summary>
/// Applies a <see cref="DocumentUpdate"/> the way MongoDB does and describes it the way a change stream does:
/// a set that creates a path reports its first new step with the created subdocument, a set to the same value
/// is not reported, a push reports <c>path.N</c> per new element, a pull the whole array.
/// </summary>
internal static class UpdateApplier
{
    public sealed record Result(BsonDocument After, BsonDocument UpdatedFields, IReadOnlyList<string> RemovedFields);

    public static Result Apply(BsonDocument before, DocumentUpdate update, long time)
    {
        var after = (BsonDocument)before.Clone();
        var updated = new SortedSet<string>(StringComparer.Ordinal);
        var sets = update.Sets.Append(("_updatedAt", new BsonDateTime(time)))
            .Concat(update.Increments.Select(i => (i.Path, Increment(before, i.Path, i.By))))
            .OrderBy(s => s.Item1, StringComparer.Ordinal);
        foreach (var (path, value) in sets)
        {
            DocumentPaths.WritableParent(after, path, create: true)![DocumentPaths.Last(path)] = value;
            var missing = DocumentPaths.FirstMissingPrefix(before, path);
            if (missing is not null)
                updated.Add(missing);
            else if (!DocumentPaths.Get(before, path)!.Equals(value))
                updated.Add(path);
        }

        var removed = new List<string>();
        foreach (var path in update.Unsets)
        {
            if (DocumentPaths.Get(before, path) is null)
                continue;
            DocumentPaths.WritableParent(after, path, create: false)?.Remove(DocumentPaths.Last(path));
            removed.Add(path);
        }

        foreach (var (path, value, onlyNew) in update.Pushes.Select(p => (p.Path, p.Value, false)).Concat(update.AddsToSet.Select(p => (p.Path, p.Value, true))))
            Append(before, after, path, value, onlyNew, updated);
        foreach (var (path, match) in update.Pulls)
            PullFrom(after, path, match, updated);

        return new Result(after, Describe(after, updated), removed);
    }

    private static BsonValue Increment(BsonDocument before, string path, int by) =>
        JsNumbers.Of((DocumentPaths.Get(before, path) is { IsNumeric: true } current ? current.ToDouble() : 0) + by);

    private static void Append(BsonDocument before, BsonDocument after, string path, BsonValue value, bool onlyNew, SortedSet<string> updated)
    {
        var parent = DocumentPaths.WritableParent(after, path, create: true)!;
        var name = DocumentPaths.Last(path);
        var existing = parent.TryGetValue(name, out var current) && current is BsonArray array ? array : null;
        if (onlyNew && existing is not null && existing.Contains(value))
            return;
        var grown = existing is null ? [] : new BsonArray(existing);
        grown.Add(value);
        parent[name] = grown;
        if (DocumentPaths.Get(before, path) is BsonArray)
            updated.Add($"{path}.{grown.Count - 1}");
        else
            updated.Add(DocumentPaths.FirstMissingPrefix(before, path) ?? path);
    }

    private static void PullFrom(BsonDocument after, string path, Func<BsonValue, bool> match, SortedSet<string> updated)
    {
        if (DocumentPaths.Get(after, path) is not BsonArray array || !array.Any(match))
            return;
        DocumentPaths.WritableParent(after, path, create: false)![DocumentPaths.Last(path)] = new BsonArray(array.Where(v => !match(v)));
        updated.Add(path);
    }

    // Keys never overlap: a path under another reported path is covered by it.
    private static BsonDocument Describe(BsonDocument after, IEnumerable<string> paths)
    {
        var kept = new List<string>();
        foreach (var path in paths)
        {
            if (!kept.Any(k => path.StartsWith(k + ".", StringComparison.Ordinal)))
                kept.Add(path);
        }
        var fields = new BsonDocument();
        foreach (var path in kept)
            fields[path] = ValueAt(after, path);
        return fields;
    }

    private static BsonValue ValueAt(BsonDocument document, string path)
    {
        BsonValue current = document;
        foreach (var step in path.Split('.'))
            current = current is BsonArray array ? array[int.Parse(step, System.Globalization.CultureInfo.InvariantCulture)] : current[step];
        return current;
    }
}
