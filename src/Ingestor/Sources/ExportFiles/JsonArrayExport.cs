using MongoDB.Bson;
using MongoDB.Bson.IO;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Serializers;

namespace OmniCharts.Ingestor.Sources.ExportFiles;

/// <summary>
/// A <c>mongoexport --jsonArray</c> file: the elements are numbered, since the whole array may sit on one line.
/// A syntax error ends the file: there is no line boundary to resume from.
/// </summary>
internal static class JsonArrayExport
{
    public static IEnumerable<ExportRecord> Read(string path, TextReader text)
    {
        using var json = new JsonReader(text);
        var index = 0;
        var failure = Try(json.ReadStartArray);
        while (failure is null)
        {
            var type = BsonType.EndOfDocument;
            failure = Try(() => type = json.ReadBsonType());
            if (failure is not null || type == BsonType.EndOfDocument)
                break;

            index++;
            BsonDocument? document = null;
            failure = type == BsonType.Document
                ? Try(() => document = BsonDocumentSerializer.Instance.Deserialize(BsonDeserializationContext.CreateRoot(json)))
                : SkipNonDocument(json, type);
            yield return new ExportRecord($"{path}:[{index}]", document, failure);
            if (document is null && type == BsonType.Document)
                yield break;
            failure = null;
        }

        if (failure is not null)
            yield return new ExportRecord($"{path}:[{index + 1}]", null, failure);
    }

    private static string SkipNonDocument(JsonReader json, BsonType type)
    {
        json.SkipValue();
        return $"array element must be a document, found {type}";
    }

    private static string? Try(Action read)
    {
        try
        {
            read();
            return null;
        }
        catch (Exception error) when (error is FormatException or BsonException or InvalidOperationException)
        {
            return error.Message;
        }
    }
}
