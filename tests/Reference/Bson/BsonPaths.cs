using MongoDB.Bson;

namespace OmniCharts.Reference.Bson;

/// <summary>Reads dotted paths of raw documents the lenient way MongoDB queries do.</summary>
public static class BsonPaths
{
    /// <summary>The value at a dotted path, or null when any step is missing or not a document.</summary>
    public static BsonValue? At(BsonDocument document, string path)
    {
        BsonValue current = document;
        foreach (var step in path.Split('.'))
        {
            if (current is not BsonDocument inner || !inner.TryGetValue(step, out var next))
                return null;
            current = next;
        }
        return current;
    }

    /// <summary>A string at the path, or null when absent, null or not a string.</summary>
    public static string? String(BsonDocument document, string path) =>
        At(document, path) is BsonString text ? text.Value : null;

    /// <summary>A number at the path as a double, or null when absent or not numeric.</summary>
    public static double? Number(BsonDocument document, string path) =>
        At(document, path) is { IsNumeric: true } number ? number.ToDouble() : null;

    /// <summary>True when the field is absent or null: MongoDB's <c>{field: null}</c> match.</summary>
    public static bool IsNullOrMissing(BsonDocument document, string path) =>
        At(document, path) is null or BsonNull;

    /// <summary>The strings of an array at the path (other elements skipped); empty when absent.</summary>
    public static IReadOnlyList<string> Strings(BsonDocument document, string path) =>
        At(document, path) is BsonArray array
            ? [.. array.OfType<BsonString>().Select(s => s.Value)]
            : [];
}
