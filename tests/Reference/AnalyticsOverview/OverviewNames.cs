using OmniCharts.Reference.ChartsData;

namespace OmniCharts.Reference.AnalyticsOverview;

/// <summary>The <c>name</c> values each endpoint knows (analytics-overview.md §1), case-sensitive.</summary>
public static class OverviewNames
{
    /// <summary>overview: the seven conversation cards.</summary>
    public const string Conversations = "Conversations";

    /// <summary>overview: the three response-time cards.</summary>
    public const string Productivity = "Productivity";

    /// <summary>The overview endpoint's two names.</summary>
    public static IReadOnlyList<string> Overview { get; } = [Conversations, Productivity];

    /// <summary>The agent-overview endpoint's seven names: the same strings as charts-data's chart names.</summary>
    public static IReadOnlyList<string> AgentOverview { get; } = ChartNames.All;

    /// <summary>The names of <paramref name="endpoint"/>.</summary>
    public static IReadOnlyList<string> Of(OverviewEndpoint endpoint) =>
        endpoint == OverviewEndpoint.Overview ? Overview : AgentOverview;
}
