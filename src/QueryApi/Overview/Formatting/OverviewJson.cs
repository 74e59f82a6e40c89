using System.Globalization;
using System.Text;

namespace OmniCharts.QueryApi.Overview.Formatting;

/// <summary>
/// Builds the overview bodies as JavaScript's <c>JSON.stringify</c> writes them: keys in order, no spaces, strings with
/// only <c>"</c>, <c>\</c> and control characters escaped (non-ASCII stays as it is, unlike .NET's JSON encoders).
/// </summary>
internal sealed class OverviewJson
{
    private readonly StringBuilder text = new(256);

    public OverviewJson Raw(string json)
    {
        text.Append(json);
        return this;
    }

    public OverviewJson String(string value)
    {
        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case < ' ': text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: text.Append(c); break;
            }
        }

        text.Append('"');
        return this;
    }

    public OverviewJson Number(long value)
    {
        text.Append(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    public byte[] ToUtf8() => Encoding.UTF8.GetBytes(text.ToString());
}
