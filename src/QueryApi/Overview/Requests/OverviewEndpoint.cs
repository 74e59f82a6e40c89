namespace OmniCharts.QueryApi.Overview.Requests;

/// <summary>The two routes of analytics-overview.md.</summary>
public enum OverviewEndpoint
{
    /// <summary><c>/api/v1/livechat/analytics/overview</c>: the Conversations and Productivity cards.</summary>
    Overview,

    /// <summary><c>/api/v1/livechat/analytics/agent-overview</c>: the agents table.</summary>
    AgentOverview,
}
