namespace OmniCharts.Reference.AnalyticsOverview.Agents;

/// <summary>What an agent-overview variant computes per agent (analytics-overview.md §5).</summary>
internal enum AgentValueKind
{
    /// <summary>The agent's share of the rooms that have an agent, <c>toFixed(2)</c> + <c>%</c>.</summary>
    Share,

    /// <summary>Σ max(1, messages with no <c>t</c> and no <c>token</c>), a JSON number.</summary>
    MessageCount,

    /// <summary>The mean of a metric over the agent's rooms where it is &gt; 0, as HH:MM:SS.</summary>
    Mean,

    /// <summary>The minimum of a metric over the agent's rooms where it is &gt; 0, as HH:MM:SS.</summary>
    Minimum,
}
