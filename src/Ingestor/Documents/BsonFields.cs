using MongoDB.Bson;

namespace OmniCharts.Ingestor.Documents;

/// <summary>Typed reads of document fields that reject the document with a reason naming the field.</summary>
internal static class BsonFields
{
    // Rocket.Chat ids are strings; an ObjectId (documents inserted by other tools) is accepted as its hex text.
    public static string Id(BsonDocument document)
    {
        var id = Required(document, "_id");
        return id.BsonType switch
        {
            BsonType.String => id.AsString,
            BsonType.ObjectId => id.AsObjectId.ToString(),
            _ => throw WrongType("_id", "a string", id),
        };
    }

    /// <summary>
    /// The document's version: <c>_updatedAt</c> in Unix ms, or <see cref="Unversioned"/> when it is missing or null.
    /// Old Rocket.Chat versions and hand-written documents lack it; such a document is the oldest possible version of
    /// itself, so any dated version replaces it and replaying it again changes nothing.
    /// </summary>
    public static long UpdatedAt(BsonDocument document)
    {
        if (!document.TryGetValue("_updatedAt", out var updatedAt) || updatedAt.IsBsonNull)
            return Unversioned;
        if (!updatedAt.IsBsonDateTime)
            throw WrongType("_updatedAt", "a date", updatedAt);
        var milliseconds = updatedAt.AsBsonDateTime.MillisecondsSinceEpoch;
        return milliseconds > Unversioned ? milliseconds
            : throw new DocumentRejectedException($"_updatedAt must be after 1970-01-01T00:00:00Z, found {milliseconds} ms");
    }

    /// <summary>The version of a document without <c>_updatedAt</c>: below every dated one.</summary>
    public const long Unversioned = 0;

    /// <summary>True when the document has no (or a null) <c>_updatedAt</c>.</summary>
    public static bool IsUnversioned(BsonDocument document) =>
        !document.TryGetValue("_updatedAt", out var updatedAt) || updatedAt.IsBsonNull;

    public static DateTimeOffset RequiredDate(BsonDocument document, string name)
    {
        var value = Required(document, name);
        if (!value.IsBsonDateTime)
            throw WrongType(name, "a date", value);
        var milliseconds = value.AsBsonDateTime.MillisecondsSinceEpoch;
        if (milliseconds < DateTimeOffset.MinValue.ToUnixTimeMilliseconds() || milliseconds > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
            throw new DocumentRejectedException($"{name} is out of range ({milliseconds} ms)");
        return DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
    }

    public static string RequiredString(BsonDocument document, string name)
    {
        var value = Required(document, name);
        return value.IsString ? value.AsString : throw WrongType(name, "a string", value);
    }

    public static string? OptionalString(BsonDocument document, string name, string? path = null)
    {
        if (!document.TryGetValue(name, out var value) || value.IsBsonNull)
            return null;
        return value.IsString ? value.AsString : throw WrongType(path ?? name, "a string", value);
    }

    public static IReadOnlyList<string> StringArray(BsonDocument document, string name)
    {
        if (!document.TryGetValue(name, out var value) || value.IsBsonNull)
            return [];
        if (!value.IsBsonArray)
            throw WrongType(name, "an array", value);
        return value.AsBsonArray.Select(item => item.IsString ? item.AsString : throw WrongType(name + "[]", "a string", item)).ToList();
    }

    /// <summary>A number at <paramref name="path"/>: int, long, double or decimal; null when it or a parent is absent or null.</summary>
    public static double? OptionalNumber(BsonDocument document, params string[] path)
    {
        var value = OptionalValue(document, path);
        if (value is null)
            return null;
        if (!value.IsNumeric)
            throw WrongType(string.Join('.', path), "a number", value);
        var number = value.ToDouble();
        return double.IsFinite(number) ? number : throw new DocumentRejectedException($"{string.Join('.', path)} must be a finite number, found {number}");
    }

    /// <summary>The value at <paramref name="path"/>, or null when it or a parent is absent or null.</summary>
    public static BsonValue? OptionalValue(BsonDocument document, params string[] path)
    {
        BsonValue current = document;
        for (var i = 0; i < path.Length; i++)
        {
            if (!current.IsBsonDocument)
                throw WrongType(string.Join('.', path[..i]), "a document", current);
            if (!current.AsBsonDocument.TryGetValue(path[i], out current) || current.IsBsonNull)
                return null;
        }

        return current;
    }

    private static BsonValue Required(BsonDocument document, string name) =>
        document.TryGetValue(name, out var value) && !value.IsBsonNull ? value : throw new DocumentRejectedException($"missing {name}");

    private static DocumentRejectedException WrongType(string name, string expected, BsonValue found) =>
        new($"{name} must be {expected}, found {found.BsonType}");
}
