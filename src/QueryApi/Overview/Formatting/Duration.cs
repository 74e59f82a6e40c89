using System.Globalization;

namespace OmniCharts.QueryApi.Overview.Formatting;

/// <summary>
/// Rocket.Chat's <c>secondsToHHMMSS(x.toFixed(2))</c> (analytics-overview.md §6): the <c>toFixed(2)</c> text read back as
/// a double x, then <c>h = floor(x / 3600)</c>, <c>m = floor((x − 3600h) / 60)</c>, <c>s = Math.round(x − 3600h − 60m)</c>,
/// each written with at least two digits. Hours are not capped, <c>s</c> can be 60, NaN gives <c>NaN:NaN:NaN</c>.
/// </summary>
public static class Duration
{
    /// <summary>The HH:MM:SS text of <paramref name="seconds"/>.</summary>
    public static string OfSeconds(double seconds)
    {
        var x = double.Parse(JsFixed.TwoDigits(seconds), NumberStyles.Float, CultureInfo.InvariantCulture);
        var hours = Math.Floor(x / 3600);
        var minutes = Math.Floor((x - hours * 3600) / 60);
        var rest = x - hours * 3600 - minutes * 60;
        var floor = Math.Floor(rest);
        // Math.round: halves toward +∞; x − floor(x) is exact, where floor(x + 0.5) can round by itself.
        var secondsPart = rest - floor >= 0.5 ? floor + 1 : floor;
        return $"{Pad(hours)}:{Pad(minutes)}:{Pad(secondsPart)}";
    }

    /// <summary>
    /// What JavaScript's <c>parseFloat</c> reads from such a text: the hours (<c>"00:59:59"</c> → 0), NaN for
    /// <c>NaN:NaN:NaN</c>. Rocket.Chat sorts the agents table by it.
    /// </summary>
    public static double SortKey(string text) =>
        double.Parse(text.AsSpan(0, text.IndexOf(':', StringComparison.Ordinal)), NumberStyles.Float, CultureInfo.InvariantCulture);

    // Number.prototype.toString of an integral value (−0 prints "0"), then padStart(2, '0').
    private static string Pad(double integral) =>
        (double.IsNaN(integral) ? "NaN" : integral == 0 ? "0" : integral.ToString("F0", CultureInfo.InvariantCulture)).PadLeft(2, '0');
}
