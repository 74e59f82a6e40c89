using System.Globalization;

namespace OmniCharts.QueryApi.Overview.Formatting;

/// <summary>
/// JavaScript's <c>Number.prototype.toFixed(2)</c> (ECMA-262 §21.1.3.3): the integer n nearest to x × 100 for the
/// <em>exact</em> binary value of x, the larger on a tie, so <c>1.005</c> (stored as 1.00499999…) prints <c>1.00</c>
/// and <c>3.125</c> prints <c>3.13</c>; −0 prints <c>0.00</c> and NaN <c>NaN</c>.
/// </summary>
public static class JsFixed
{
    /// <summary><c>value.toFixed(2)</c>.</summary>
    public static string TwoDigits(double value)
    {
        if (double.IsNaN(value))
            return "NaN";
        if (Math.Abs(value) >= 1e21)
            return double.IsInfinity(value) ? (value > 0 ? "Infinity" : "-Infinity")
                : value.ToString("R", CultureInfo.InvariantCulture).Replace("E", "e", StringComparison.Ordinal);
        // The standard's "x < 0" is false for −0.
        var sign = value < 0 ? "-" : "";
        var hundredths = Hundredths(Math.Abs(value));
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{hundredths / 100}.{(int)(hundredths % 100):00}");
    }

    // magnitude = mantissa × 2^exponent exactly; round(magnitude × 100) with halves up, in integers. mantissa × 100 < 2^60,
    // and magnitude < 1e21 keeps the product below 2^77.
    private static UInt128 Hundredths(double magnitude)
    {
        var bits = BitConverter.DoubleToInt64Bits(magnitude);
        var biased = (int)((bits >> 52) & 0x7FF);
        var mantissa = (ulong)(bits & ((1L << 52) - 1));
        if (biased == 0)
            biased = 1;
        else
            mantissa |= 1UL << 52;
        var exponent = biased - 1075;
        var scaled = (UInt128)mantissa * 100;
        if (exponent >= 0)
            return scaled << exponent;
        var shift = -exponent;
        if (shift > 64)
            return 0;
        var quotient = scaled >> shift;
        var remainder = scaled - (quotient << shift);
        return remainder >= (UInt128.One << (shift - 1)) ? quotient + 1 : quotient;
    }
}
