using System.Globalization;
using MongoDB.Bson;
using MongoDB.Bson.IO;
using OmniCharts.Contracts;

namespace OmniCharts.Ingestor.Documents;

/// <summary><c>rocketchat_settings</c> → <see cref="SettingChanged"/> with the value as text.</summary>
internal static class SettingMapping
{
    private static readonly JsonWriterSettings RelaxedJson = new() { OutputMode = JsonOutputMode.RelaxedExtendedJson };

    public static SettingChanged Map(BsonDocument setting) => new(
        BsonFields.Id(setting),
        BsonFields.UpdatedAt(setting),
        setting.TryGetValue("value", out var value) ? Text(value) : null);

    // Arrays, documents and dates (multiSelect, roomPick, date settings) are valid settings the charts do
    // not read; they travel as relaxed extended JSON instead of failing the whole replay.
    private static string? Text(BsonValue value) => value.BsonType switch
    {
        BsonType.Null => null,
        BsonType.String => value.AsString,
        BsonType.Boolean => value.AsBoolean ? "true" : "false",
        BsonType.Int32 => value.AsInt32.ToString(CultureInfo.InvariantCulture),
        BsonType.Int64 => value.AsInt64.ToString(CultureInfo.InvariantCulture),
        BsonType.Double => value.AsDouble.ToString(CultureInfo.InvariantCulture),
        BsonType.Decimal128 => value.AsDecimal128.ToString(),
        _ => value.ToJson(RelaxedJson),
    };
}
