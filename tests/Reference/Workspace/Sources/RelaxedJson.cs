using System.Globalization;
using System.Text;
using MongoDB.Bson;

namespace OmniCharts.Reference.Workspace.Sources;

/// <summary>
/// One document as one mongoexport line: relaxed extended JSON as the Go driver writes it, compact, fields in
/// document order, dates as <c>{"$date":"2026-01-01T00:00:00.5Z"}</c> (RFC 3339 with up to three fraction digits,
/// trailing zeros dropped), int32 and int64 as plain numbers, doubles as <see cref="GoDouble"/>.
/// </summary>
internal static class RelaxedJson
{
    public static string Line(BsonDocument document)
    {
        var text = new StringBuilder();
        Write(text, document);
        return text.ToString();
    }

    private static void Write(StringBuilder text, BsonValue value)
    {
        switch (value)
        {
            case BsonDocument document:
                text.Append('{');
                var first = true;
                foreach (var element in document)
                {
                    text.Append(first ? "" : ",");
                    first = false;
                    String(text, element.Name);
                    text.Append(':');
                    Write(text, element.Value);
                }
                text.Append('}');
                break;
            case BsonArray array:
                text.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    text.Append(i == 0 ? "" : ",");
                    Write(text, array[i]);
                }
                text.Append(']');
                break;
            case BsonString s:
                String(text, s.Value);
                break;
            case BsonInt32 or BsonInt64:
                text.Append(value.ToInt64().ToString(CultureInfo.InvariantCulture));
                break;
            case BsonDouble d when double.IsFinite(d.Value):
                text.Append(GoDouble.Format(d.Value));
                break;
            case BsonDouble d:
                text.Append("{\"$numberDouble\":\"").Append(double.IsNaN(d.Value) ? "NaN" : d.Value > 0 ? "Infinity" : "-Infinity").Append("\"}");
                break;
            case BsonBoolean b:
                text.Append(b.Value ? "true" : "false");
                break;
            case BsonNull:
                text.Append("null");
                break;
            case BsonDateTime date:
                Date(text, date.MillisecondsSinceEpoch);
                break;
            case BsonObjectId id:
                text.Append("{\"$oid\":\"").Append(id.Value.ToString()).Append("\"}");
                break;
            case BsonTimestamp timestamp:
                text.Append(CultureInfo.InvariantCulture, $"{{\"$timestamp\":{{\"t\":{(uint)timestamp.Timestamp},\"i\":{(uint)timestamp.Increment}}}}}");
                break;
            default:
                throw new NotSupportedException($"no Rocket.Chat document of the simulator holds a {value.BsonType}");
        }
    }

    private static void Date(StringBuilder text, long milliseconds)
    {
        var date = DateTimeOffset.FromUnixTimeMilliseconds(milliseconds).UtcDateTime;
        if (date.Year is < 1970 or > 9999)
        {
            text.Append(CultureInfo.InvariantCulture, $"{{\"$date\":{{\"$numberLong\":\"{milliseconds}\"}}}}");
            return;
        }
        var fraction = date.Millisecond == 0 ? "" : "." + date.Millisecond.ToString("000", CultureInfo.InvariantCulture).TrimEnd('0');
        text.Append("{\"$date\":\"").Append(date.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture)).Append(fraction).Append("Z\"}");
    }

    // Go's writeStringWithEscapes without HTML escaping.
    private static void String(StringBuilder text, string value)
    {
        text.Append('"');
        foreach (var ch in value)
        {
            switch (ch)
            {
                case '"' or '\\':
                    text.Append('\\').Append(ch);
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\r':
                    text.Append("\\r");
                    break;
                case '\t':
                    text.Append("\\t");
                    break;
                case '\b':
                    text.Append("\\b");
                    break;
                case '\f':
                    text.Append("\\f");
                    break;
                case < ' ' or '\u2028' or '\u2029':
                    text.Append(CultureInfo.InvariantCulture, $"\\u{(int)ch:x4}");
                    break;
                default:
                    text.Append(ch);
                    break;
            }
        }
        text.Append('"');
    }
}
