using System.Globalization;
using System.Text.RegularExpressions;
using OmniCharts.QueryApi.Pipeline;
using OmniCharts.QueryApi.Charts;
using OmniCharts.ReadModel.Keys;

namespace OmniCharts.QueryApi.Overview.Requests;

/// <summary>
/// The parameter checks of analytics-overview.md §1, after 401 and 403, in Rocket.Chat's order: the schema (required
/// <c>name</c>, <c>from</c>, <c>to</c>; no other parameter; each one a single string), then the handler's own checks: an
/// empty name (400 <c>invalid-chart-name</c>), dates (an empty success), the name (an empty success). Names are
/// case-sensitive, so the query is parsed here rather than through ASP.NET's case-insensitive collection.
/// </summary>
public static partial class OverviewRequestValidator
{
    private static readonly string[] Required = ["name", "from", "to"];
    private static readonly HashSet<string> Known = new(["name", "from", "to", "departmentId"], StringComparer.Ordinal);

    /// <summary>Validates a raw query string such as <c>?name=Conversations&amp;from=…</c> for <paramref name="endpoint"/>.</summary>
    public static OverviewValidation Validate(string? queryString, OverviewEndpoint endpoint)
    {
        var query = QueryParameters.Parse(queryString);
        if (Required.FirstOrDefault(name => !query.ContainsKey(name)) is { } missing)
            return Reject(RocketChatErrorResult.InvalidParams($"must have required property '{missing}'"));
        if (query.Keys.Any(name => !Known.Contains(name)))
            return Reject(RocketChatErrorResult.InvalidParams("must NOT have additional properties"));
        // Express turns a repeated parameter into an array, which fails the schema's "type: string".
        if (query.Values.Any(values => values.Count > 1))
            return Reject(RocketChatErrorResult.InvalidParams("must be string"));

        var name = query["name"][0];
        if (name.Length == 0)
            return Reject(RocketChatErrorResult.InvalidChartName());
        if (Date(query["from"][0]) is not { } from || Date(query["to"][0]) is not { } to || !OverviewNames.IsKnown(endpoint, name))
            return new OverviewValidation(null, OverviewResult.EmptySuccess);

        var department = query.TryGetValue("departmentId", out var departments) ? departments[0] : null;
        var scope = string.IsNullOrEmpty(department) || department == "undefined" ? SeriesScope.AllRooms : SeriesScope.Department(department);
        return new OverviewValidation(new OverviewRequest(name, from, to, scope), null);
    }

    // YYYY-MM-DD where month and day may have one digit, and a real calendar date (year 0000 is not one).
    private static DateOnly? Date(string text)
    {
        var match = DatePattern().Match(text);
        if (!match.Success)
            return null;
        var year = int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups[3].ValueSpan, CultureInfo.InvariantCulture);
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    private static OverviewValidation Reject(RocketChatErrorResult error) => new(null, error);

    [GeneratedRegex("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}
