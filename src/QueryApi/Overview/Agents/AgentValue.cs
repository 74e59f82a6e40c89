namespace OmniCharts.QueryApi.Overview.Agents;

/// <summary>What an agent-overview variant shows per agent (analytics-overview.md §5).</summary>
public enum AgentValue
{
    /// <summary>The agent's share of the rooms that have an agent, <c>toFixed(2)</c> + <c>%</c>.</summary>
    Share,

    /// <summary>A count, as a JSON number.</summary>
    Count,

    /// <summary>A mean of milliseconds, as HH:MM:SS of seconds.</summary>
    Mean,

    /// <summary>A minimum of milliseconds, as HH:MM:SS of seconds.</summary>
    Minimum,
}
