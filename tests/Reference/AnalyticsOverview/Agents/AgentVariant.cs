namespace OmniCharts.Reference.AnalyticsOverview.Agents;

/// <summary>One row of analytics-overview.md §5's table.</summary>
/// <param name="Column">The second head name.</param>
/// <param name="AgentPath">The username the rooms are grouped by: <c>servedBy.username</c> or <c>responseBy.username</c>.</param>
/// <param name="Kind">What each agent's value is.</param>
/// <param name="MetricPath">The metric a mean or minimum reads (its rooms need it &gt; 0); null for the others.</param>
/// <param name="Descending">Sorted by <c>parseFloat(value)</c> descending, else ascending.</param>
internal sealed record AgentVariant(string Column, string AgentPath, AgentValueKind Kind, string? MetricPath, bool Descending);
