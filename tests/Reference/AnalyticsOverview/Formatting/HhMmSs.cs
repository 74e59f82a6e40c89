using System.Globalization;

namespace OmniCharts.Reference.AnalyticsOverview.Formatting;

/// <summary>
/// Rocket.Chat's <c>secondsToHHMMSS</c> as analytics-overview.md §6 states it: <c>h = floor(x / 3600)</c>,
/// <c>m = floor((x − 3600h) / 60)</c>, <c>s = Math.round(x − 3600h − 60m)</c>, each padded to two digits.
/// Hours are not capped and <c>s</c> can be 60.
/// </summary>
public static class HhMmSs
{
    /// <summary>A mean or minimum in seconds as the endpoints print it: <c>secondsToHHMMSS(x.toFixed(2))</c>.</summary>
    public static string OfFixed(double seconds) => Of(JsParseFloat.Parse(JsToFixed.TwoDigits(seconds)));

    /// <summary><c>secondsToHHMMSS(x)</c> of a number: <c>59.5</c> → <c>00:00:60</c>, NaN → <c>NaN:NaN:NaN</c>.</summary>
    public static string Of(double x)
    {
        var hours = Math.Floor(x / 3600);
        var minutes = Math.Floor((x - hours * 3600) / 60);
        var seconds = JsRound(x - hours * 3600 - minutes * 60);
        return $"{Pad(hours)}:{Pad(minutes)}:{Pad(seconds)}";
    }

    // Math.round: the nearest integer, the one toward +∞ on a tie. Not floor(x + 0.5): that sum can round up by itself.
    private static double JsRound(double x)
    {
        var floor = Math.Floor(x);
        return x - floor >= 0.5 ? floor + 1 : floor;
    }

    // Number.prototype.toString of an integral value, then padStart(2, '0'); −0 prints "0" in JavaScript.
    private static string Pad(double integral)
    {
        var text = double.IsNaN(integral) ? "NaN"
            : double.IsInfinity(integral) ? (integral > 0 ? "Infinity" : "-Infinity")
            : integral == 0 ? "0"
            : Math.Abs(integral) < 1e21 ? integral.ToString("F0", CultureInfo.InvariantCulture)
            : integral.ToString("R", CultureInfo.InvariantCulture).Replace("E", "e", StringComparison.Ordinal);
        return text.PadLeft(2, '0');
    }
}
