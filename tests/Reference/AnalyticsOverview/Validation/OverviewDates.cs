using System.Globalization;
using System.Text.RegularExpressions;

namespace OmniCharts.Reference.AnalyticsOverview.Validation;

/// <summary>
/// The dates <c>from</c> and <c>to</c> (analytics-overview.md §1): <c>YYYY-MM-DD</c> where month and day may have one
/// digit, and a real calendar date. Year 0000 is not one (the spec is silent; DateOnly starts at year 1).
/// </summary>
internal static partial class OverviewDates
{
    public static DateOnly? Parse(string text)
    {
        var match = Pattern().Match(text);
        if (!match.Success)
            return null;
        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    [GeneratedRegex("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
