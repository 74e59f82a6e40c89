using System.Globalization;
using System.Text;
using MongoDB.Bson;

namespace OmniCharts.ExportGenerator.Output;

/// <summary>
/// One document as a line of mongoexport's relaxed extended JSON, compact like mongoexport prints it:
/// dates as <c>{"$date":"…Z"}</c>, doubles always with a fraction or exponent, ints bare.
/// </summary>
public static class ExtendedJson
{
    /// <summary>The document on one line, without the line break.</summary>
    public static string Line(BsonDocument document)
    {
        var builder = new StringBuilder(512);
        Write(builder, document);
        return builder.ToString();
    }

    private static void Write(StringBuilder b, BsonValue value)
    {
        switch (value)
        {
            case BsonDocument document:
                b.Append('{');
                var first = true;
                foreach (var element in document)
                {
                    if (!first) b.Append(',');
                    first = false;
                    WriteString(b, element.Name);
                    b.Append(':');
                    Write(b, element.Value);
                }
                b.Append('}');
                break;
            case BsonArray array:
                b.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0) b.Append(',');
                    Write(b, array[i]);
                }
                b.Append(']');
                break;
            case BsonString text: WriteString(b, text.Value); break;
            case BsonInt32 or BsonInt64: b.Append(value.ToInt64().ToString(CultureInfo.InvariantCulture)); break;
            case BsonDouble number: b.Append(Double(number.Value)); break;
            case BsonBoolean flag: b.Append(flag.Value ? "true" : "false"); break;
            case BsonNull: b.Append("null"); break;
            case BsonDateTime date:
                b.Append("{\"$date\":\"")
                    .Append(date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFF'Z'", CultureInfo.InvariantCulture))
                    .Append("\"}");
                break;
            default: throw new NotSupportedException($"{value.BsonType} is not generated");
        }
    }

    private static string Double(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') ? text : text + ".0";
    }

    private static void WriteString(StringBuilder b, string text)
    {
        b.Append('"');
        foreach (var c in text)
        {
            if (c is '"' or '\\') b.Append('\\').Append(c);
            else if (c < ' ') b.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else b.Append(c);
        }
        b.Append('"');
    }
}
