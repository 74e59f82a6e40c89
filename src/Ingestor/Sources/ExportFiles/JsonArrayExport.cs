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
    private const string NotADocument = "array element must be a document";

    public static IEnumerable<ExportRecord> Read(string path, TextReader text)
    {
        using var json = new JsonReader(text);
        var index = 1;
        var record = Next(json, path, index, start: true);
        while (record is not null)
        {
            yield return record;
            if (record.Document is null && record.Error is not null && !record.Error.StartsWith(NotADocument, StringComparison.Ordinal))
                yield break;
            record = Next(json, path, ++index, start: false);
        }
    }

    // Null at the end of the array; otherwise the element's document, or why it could not be read.
    private static ExportRecord? Next(JsonReader json, string path, int index, bool start)
    {
        var location = $"{path}:[{index}]";
        try
        {
            if (start)
                json.ReadStartArray();
            var type = json.ReadBsonType();
            if (type == BsonType.EndOfDocument)
                return null;
            if (type == BsonType.Document)
                return new ExportRecord(location, BsonDocumentSerializer.Instance.Deserialize(BsonDeserializationContext.CreateRoot(json)), null);

            json.SkipValue();
            return new ExportRecord(location, null, $"{NotADocument}, found {type}");
        }
        catch (Exception error) when (error is FormatException or BsonException or InvalidOperationException)
        {
            return new ExportRecord(location, null, error.Message);
        }
    }
}
