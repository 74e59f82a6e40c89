using System.Globalization;
using System.Text.RegularExpressions;

namespace OmniCharts.Reference.AnalyticsOverview.Formatting;

/// <summary>
/// JavaScript's global <c>parseFloat</c> (ECMA-262 §19.2.4): leading white space skipped, then the longest prefix that is a
/// decimal literal (<c>Infinity</c> included); NaN when there is none. So <c>"28.57%"</c> → 28.57 and <c>"01:59:59"</c> → 1.
/// </summary>
public static partial class JsParseFloat
{
    /// <summary>The number JavaScript's <c>parseFloat(text)</c> returns.</summary>
    public static double Parse(string text)
    {
        var start = 0;
        while (start < text.Length && IsJsWhiteSpace(text[start]))
            start++;
        var match = DecimalPrefix().Match(text[start..]);
        if (!match.Success)
            return double.NaN;
        var literal = match.Value;
        if (literal.EndsWith("Infinity", StringComparison.Ordinal))
            return literal.StartsWith('-') ? double.NegativeInfinity : double.PositiveInfinity;
        // .NET parses with correct rounding, as JavaScript does; "-0" stays −0 and "1e400" is Infinity.
        return double.Parse(literal, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture);
    }

    // StrWhiteSpaceChar: TAB, VT, FF, ZWNBSP, the space separators (Zs), and the line terminators LF, CR, LS, PS
    // (not .NET's char.IsWhiteSpace, which also takes U+0085).
    private static bool IsJsWhiteSpace(char c) =>
        c is '\t' or '\v' or '\f' or '\uFEFF' or '\n' or '\r' or '\u2028' or '\u2029' ||
        char.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator;

    [GeneratedRegex(@"^[+-]?(Infinity|([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?)", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalPrefix();
}
