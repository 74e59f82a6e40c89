namespace OmniCharts.Reference.AnalyticsOverview;

/// <summary>The two endpoints of analytics-overview.md.</summary>
public enum OverviewEndpoint
{
    /// <summary><c>GET /api/v1/livechat/analytics/overview</c>: <c>Conversations</c> and <c>Productivity</c> cards.</summary>
    Overview,

    /// <summary><c>GET /api/v1/livechat/analytics/agent-overview</c>: the agents table.</summary>
    AgentOverview,
}
