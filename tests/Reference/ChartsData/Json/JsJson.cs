using System.Globalization;
using System.Text;

namespace OmniCharts.Reference.ChartsData.Json;

/// <summary>Writes JSON strings and numbers the way JavaScript's <c>JSON.stringify</c> does.</summary>
internal static class JsJson
{
    public static string Quote(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\b' => "\\b",
                '\f' => "\\f",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < ' ' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return builder.Append('"').ToString();
    }

    // Integral values print without a fraction like JS; others in .NET's shortest round-trip form,
    // which equals JS's for the magnitudes a chart produces (no exponents between 1e-6 and 1e21).
    public static string Number(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 1e21
            ? value.ToString("F0", CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture);
}
