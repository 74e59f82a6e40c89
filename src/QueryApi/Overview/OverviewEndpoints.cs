using Microsoft.AspNetCore.Http.HttpResults;
using OmniCharts.QueryApi.Charts;
using StackExchange.Redis;

namespace OmniCharts.QueryApi.Overview;

/// <summary>Rocket.Chat's <c>livechat/analytics/overview</c> and <c>livechat/analytics/agent-overview</c> (analytics-overview.md).</summary>
public static class OverviewEndpoints
{
    /// <summary>The Conversations and Productivity cards.</summary>
    public const string OverviewPath = "/api/v1/livechat/analytics/overview";

    /// <summary>The agents table.</summary>
    public const string AgentOverviewPath = "/api/v1/livechat/analytics/agent-overview";

    /// <summary>Maps both routes.</summary>
    public static IEndpointRouteBuilder MapAnalyticsOverview(this IEndpointRouteBuilder app)
    {
        app.MapGet(OverviewPath, GetOverview);
        app.MapGet(AgentOverviewPath, GetAgentOverview);
        return app;
    }

    /// <summary>Checks in §1's order: 401, 403, the parameters, then answers; 503 while Redis is unreachable.</summary>
    public static Task<Results<OverviewResult, RocketChatErrorResult>> GetOverview(HttpRequest request, OverviewQuery query, ILogger<OverviewQuery> logger) =>
        AnswerAsync(() => query.AnswerAsync(request), logger);

    /// <summary>The same for the agents table.</summary>
    public static Task<Results<OverviewResult, RocketChatErrorResult>> GetAgentOverview(HttpRequest request, AgentOverviewQuery query, ILogger<AgentOverviewQuery> logger) =>
        AnswerAsync(() => query.AnswerAsync(request), logger);

    private static async Task<Results<OverviewResult, RocketChatErrorResult>> AnswerAsync(
        Func<Task<Results<OverviewResult, RocketChatErrorResult>>> answer, ILogger logger)
    {
        try
        {
            return await answer();
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogError(e, "Redis did not answer an analytics overview request");
            return RocketChatErrorResult.Unavailable();
        }
    }
}
