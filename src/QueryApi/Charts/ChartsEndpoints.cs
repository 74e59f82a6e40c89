using Microsoft.AspNetCore.Http.HttpResults;
using StackExchange.Redis;

namespace OmniCharts.QueryApi.Charts;

/// <summary>Rocket.Chat's <c>livechat/analytics/dashboards/charts-data</c>.</summary>
public static class ChartsEndpoints
{
    /// <summary>The real route.</summary>
    public const string Path = "/api/v1/livechat/analytics/dashboards/charts-data";

    /// <summary>The route as Rocket.Chat's public doc misprints it; answering it too costs nothing.</summary>
    public const string DocumentedPath = "/api/v1/livechat/livechat/analytics/dashboards/charts-data";

    /// <summary>Maps both routes.</summary>
    public static IEndpointRouteBuilder MapChartsData(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, GetChartData);
        app.MapGet(DocumentedPath, GetChartData);
        return app;
    }

    /// <summary>Checks in spec §6's order: 401, 403, then the query (400), then answers; 503 while Redis is unreachable.</summary>
    public static async Task<Results<ChartDataResult, RocketChatErrorResult>> GetChartData(
        HttpRequest request, ChartDataQuery query, ILogger<ChartDataQuery> logger)
    {
        try
        {
            return await query.AnswerAsync(request);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogError(e, "Redis did not answer a charts-data request");
            return RocketChatErrorResult.Unavailable();
        }
    }
}
