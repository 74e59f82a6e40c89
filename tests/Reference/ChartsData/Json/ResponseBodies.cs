namespace OmniCharts.Reference.ChartsData.Json;

/// <summary>The exact bodies of charts-data.md §4 and §6.</summary>
internal static class ResponseBodies
{
    private const string NotLoggedIn = "You must be logged in to do this.";

    public static ChartAnswer Unauthorized { get; } = new(401,
        $"{{\"success\":false,\"error\":\"{NotLoggedIn}\",\"status\":\"error\",\"message\":\"{NotLoggedIn}\"}}");

    public static ChartAnswer Forbidden { get; } = new(403,
        "{\"success\":false,\"error\":\"User does not have the permissions required for this action [error-unauthorized]\"}");

    public static ChartAnswer InvalidParams(string whatIsWrong) => new(400,
        $"{{\"success\":false,\"error\":{JsJson.Quote(whatIsWrong + " [invalid-params]")},\"errorType\":\"invalid-params\"}}");

    public static ChartAnswer Chart(string chartName, IEnumerable<string> labels, IEnumerable<double> points) => new(200,
        $"{{\"chartLabel\":{JsJson.Quote(chartName)}," +
        $"\"dataLabels\":[{string.Join(',', labels.Select(JsJson.Quote))}]," +
        $"\"dataPoints\":[{string.Join(',', points.Select(JsJson.Number))}],\"success\":true}}");
}
