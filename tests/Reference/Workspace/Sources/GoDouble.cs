using System.Globalization;

namespace OmniCharts.Reference.Workspace.Sources;

/// <summary>
/// A double as mongoexport (the Go driver) writes it in relaxed extended JSON: Go's <c>strconv.FormatFloat(f, 'G', -1, 64)</c>,
/// the shortest digits, exponent form below 1e-4 or from 1e6 on (<c>1.234567E+06</c>), and <c>.0</c> after a whole number.
/// </summary>
internal static class GoDouble
{
    public static string Format(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
            throw new ArgumentOutOfRangeException(nameof(value), value, "relaxed JSON writes non-finite doubles as $numberDouble");
        var sign = double.IsNegative(value) ? "-" : "";
        var (digits, point) = Shortest(Math.Abs(value));
        var exponent = point - 1;
        string text;
        if (digits.Length > 0 && (exponent < -4 || exponent >= 6))
        {
            var mantissa = digits.Length == 1 ? digits : digits[..1] + "." + digits[1..];
            text = mantissa + "E" + (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
        }
        else if (digits.Length == 0)
        {
            text = "0";
        }
        else if (point <= 0)
        {
            text = "0." + new string('0', -point) + digits;
        }
        else
        {
            text = digits.Length <= point ? digits + new string('0', point - digits.Length) : digits[..point] + "." + digits[point..];
        }
        return sign + (text.Contains('E', StringComparison.Ordinal) || text.Contains('.', StringComparison.Ordinal) ? text : text + ".0");
    }

    // The shortest round-trip digits without leading or trailing zeros, and where the decimal point goes (value = 0.digits × 10^point).
    private static (string Digits, int Point) Shortest(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var e = text.IndexOf('E', StringComparison.Ordinal);
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? text : text[..dot];
        var all = whole + (dot < 0 ? "" : text[(dot + 1)..]);
        var point = whole.Length + exponent;
        var leading = 0;
        while (leading < all.Length && all[leading] == '0')
        {
            leading++;
            point--;
        }
        var digits = all[leading..].TrimEnd('0');
        return digits.Length == 0 ? ("", 0) : (digits, point);
    }
}
