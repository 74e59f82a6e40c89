using OmniCharts.Reference.AnalyticsOverview.Json;
using OmniCharts.Reference.ChartsData;
using OmniCharts.Reference.ChartsData.Json;
using OmniCharts.Reference.ChartsData.Validation;

namespace OmniCharts.Reference.AnalyticsOverview.Validation;

/// <summary>
/// The parameter checks of analytics-overview.md §1, in order, after authentication and permission: required
/// (name, from, to), unknown parameters, then Rocket.Chat's own checks (empty name, dates, then the name).
/// </summary>
internal static class OverviewValidator
{
    private static readonly string[] Required = ["name", "from", "to"];
    private static readonly string[] Known = ["name", "from", "to", "departmentId"];

    /// <summary>The answer of the first failed check, or null when the request gets data.</summary>
    public static ChartAnswer? Rejection(IReadOnlyList<KeyValuePair<string, string>> query, OverviewEndpoint endpoint)
    {
        var names = query.Select(p => p.Key).ToList();
        if (Required.FirstOrDefault(r => !names.Contains(r)) is { } missing)
            return ResponseBodies.InvalidParams(ValidationMessages.Missing(missing));
        if (names.Any(n => !Known.Contains(n)))
            return ResponseBodies.InvalidParams(ValidationMessages.UnknownParameter);
        // Not in the spec: a repeated parameter reaches the schema as an array, whose "type: string" fails as in charts-data.
        if (Known.Any(k => names.Count(n => n == k) > 1))
            return ResponseBodies.InvalidParams(ValidationMessages.Repeated);
        var name = Value(query, "name")!;
        if (name.Length == 0)
            return OverviewBodies.InvalidChartName;
        if (OverviewDates.Parse(Value(query, "from")!) is null || OverviewDates.Parse(Value(query, "to")!) is null)
            return OverviewBodies.EmptySuccess;
        if (!OverviewNames.Of(endpoint).Contains(name))
            return OverviewBodies.EmptySuccess;
        return null;
    }

    /// <summary>Reads a query that <see cref="Rejection"/> accepted.</summary>
    public static OverviewParameters Read(IReadOnlyList<KeyValuePair<string, string>> query)
    {
        var department = Value(query, "departmentId");
        return new OverviewParameters(
            Value(query, "name")!,
            OverviewDates.Parse(Value(query, "from")!)!.Value,
            OverviewDates.Parse(Value(query, "to")!)!.Value,
            department is null or "" or "undefined" ? null : department);
    }

    private static string? Value(IReadOnlyList<KeyValuePair<string, string>> query, string name) =>
        query.Where(p => p.Key == name).Select(p => p.Value).FirstOrDefault();
}
