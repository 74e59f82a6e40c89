using OmniCharts.Reference.ChartsData;
using OmniCharts.Reference.ChartsData.Json;

namespace OmniCharts.Reference.AnalyticsOverview.Json;

/// <summary>The exact bodies of analytics-overview.md that charts-data does not have.</summary>
internal static class OverviewBodies
{
    /// <summary>An empty <c>name</c>: Rocket.Chat's handler throws <c>invalid-chart-name</c>.</summary>
    public static ChartAnswer InvalidChartName { get; } = new(400, """{"success":false,"error":"invalid-chart-name"}""");

    /// <summary>An invalid date or an unknown name: Rocket.Chat logs it and answers an empty success.</summary>
    public static ChartAnswer EmptySuccess { get; } = new(200, """{"success":true}""");

    /// <summary>overview: a bare array of <c>{"title","value"}</c>; each value is already JSON.</summary>
    public static ChartAnswer Cards(IEnumerable<(string Title, string JsonValue)> cards) => new(200,
        $"[{string.Join(',', cards.Select(c => $"{{\"title\":{JsJson.Quote(c.Title)},\"value\":{c.JsonValue}}}"))}]");

    /// <summary>agent-overview: the two-column head, the rows in order (values already JSON), then <c>success</c>.</summary>
    public static ChartAnswer AgentTable(string column, IEnumerable<(string Name, string JsonValue)> rows) => new(200,
        $"{{\"head\":[{{\"name\":\"Agent\"}},{{\"name\":{JsJson.Quote(column)}}}]," +
        $"\"data\":[{string.Join(',', rows.Select(r => $"{{\"name\":{JsJson.Quote(r.Name)},\"value\":{r.JsonValue}}}"))}]," +
        "\"success\":true}");
}
