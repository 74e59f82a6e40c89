using System.Globalization;
using System.Numerics;

namespace OmniCharts.Reference.AnalyticsOverview.Formatting;

/// <summary>
/// JavaScript's <c>Number.prototype.toFixed(2)</c> (ECMA-262 §21.1.3.3), written from the standard: the integer n
/// nearest to x × 100 for the exact binary value of x, the larger n on a tie, so ties go away from zero.
/// </summary>
public static class JsToFixed
{
    /// <summary>
    /// <c>value.toFixed(2)</c>: <c>1.005</c> → <c>1.00</c> (it is stored as 1.00499999999999989…), <c>3.125</c> → <c>3.13</c>,
    /// <c>-0</c> → <c>0.00</c>, <c>-0.001</c> → <c>-0.00</c>, NaN → <c>NaN</c>.
    /// </summary>
    public static string TwoDigits(double value)
    {
        if (double.IsNaN(value))
            return "NaN";
        // From 1e21 on, toFixed gives the number's ordinary string, which is in exponent form there.
        if (Math.Abs(value) >= 1e21)
            return ExponentForm(value);
        // The standard's "x < 0" is false for −0, so −0 prints without a sign.
        var sign = value < 0 ? "-" : "";
        var digits = HundredthsNearest(Math.Abs(value)).ToString(CultureInfo.InvariantCulture).PadLeft(3, '0');
        return $"{sign}{digits[..^2]}.{digits[^2..]}";
    }

    // x = mantissa × 2^exponent exactly; n = round(x × 100) with halves up, in integers only.
    private static BigInteger HundredthsNearest(double magnitude)
    {
        var bits = BitConverter.DoubleToInt64Bits(magnitude);
        var biased = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & ((1L << 52) - 1);
        if (biased == 0)
            biased = 1;
        else
            mantissa |= 1L << 52;
        var exponent = biased - 1075;
        var scaled = new BigInteger(mantissa) * 100;
        if (exponent >= 0)
            return scaled << exponent;
        var denominator = BigInteger.One << -exponent;
        var quotient = BigInteger.DivRem(scaled, denominator, out var remainder);
        return remainder * 2 >= denominator ? quotient + 1 : quotient;
    }

    // JavaScript writes 1e21 as "1e+21" and 1.5e21 as "1.5e+21"; .NET's round-trip form differs only in the letter's case.
    private static string ExponentForm(double value) =>
        double.IsInfinity(value)
            ? (value > 0 ? "Infinity" : "-Infinity")
            : value.ToString("R", CultureInfo.InvariantCulture).Replace("E", "e", StringComparison.Ordinal);
}
