using System.Globalization;
using System.Text.RegularExpressions;
using OmniCharts.QueryApi.Pipeline;
using OmniCharts.ReadModel.Keys;

namespace OmniCharts.QueryApi.Charts;

/// <summary>
/// Validates the query as Rocket.Chat's AJV schema does (first error only): <c>required</c> in the order
/// start, end, chartName; then <c>additionalProperties</c>; then each property in schema order
/// start, end, departmentId, chartName (type, then format or enum). Names are case-sensitive, so the
/// query is parsed here rather than through ASP.NET's case-insensitive collection.
/// </summary>
public static partial class ChartRequestValidator
{
    private static readonly string[] Required = ["start", "end", "chartName"];
    private static readonly HashSet<string> Known = new(["start", "end", "departmentId", "chartName"], StringComparer.Ordinal);

    /// <summary>Validates a raw query string such as <c>?start=2025-10-01&amp;end=…</c>.</summary>
    public static ChartRequestValidation Validate(string? queryString)
    {
        var query = QueryParameters.Parse(queryString);
        if (Required.FirstOrDefault(name => !query.ContainsKey(name)) is { } missing)
            return Invalid($"must have required property '{missing}'");
        if (query.Keys.Any(name => !Known.Contains(name)))
            return Invalid("must NOT have additional properties");
        if (Problem(query, "start", out var start) is { } startProblem)
            return Invalid(startProblem);
        if (Problem(query, "end", out var end) is { } endProblem)
            return Invalid(endProblem);
        if (query.TryGetValue("departmentId", out var departments) && departments.Count > 1)
            return Invalid("must be string");
        if (query["chartName"] is not [var chartName])
            return Invalid("must be string");
        if (!ChartNames.IsKnown(chartName))
            return Invalid("must be equal to one of the allowed values");

        return new ChartRequestValidation(new ChartRequest(start, end, chartName, ScopeOf(departments?[0])), null);
    }

    // "undefined" is what Rocket.Chat's own client sends when no department is chosen.
    private static SeriesScope ScopeOf(string? departmentId) =>
        string.IsNullOrEmpty(departmentId) || departmentId == "undefined" ? SeriesScope.AllRooms : SeriesScope.Department(departmentId);

    private static string? Problem(Dictionary<string, List<string>> query, string name, out DateOnly date)
    {
        date = default;
        if (query[name] is not [var text])
            return "must be string";
        // ajv-formats "date": four ASCII digits, a real calendar day. Years 1 and 9999 are refused too:
        // their local midnight can fall outside the instants .NET represents.
        var valid = DatePattern().IsMatch(text)
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            && date.Year is > 1 and < 9999;
        return valid ? null : "must match format \"date\"";
    }

    private static ChartRequestValidation Invalid(string error) => new(null, error);

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    private static partial Regex DatePattern();
}
