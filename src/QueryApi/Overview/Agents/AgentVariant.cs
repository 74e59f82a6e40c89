using OmniCharts.ReadModel.Reading.Agents;

namespace OmniCharts.QueryApi.Overview.Agents;

/// <summary>One row of analytics-overview.md §5's table and where its numbers sit in the agent family.</summary>
/// <param name="Column">The second head name.</param>
/// <param name="Family">The family read: grouped by <c>servedBy</c> or <c>responseBy</c>.</param>
/// <param name="Value">What each agent's value is.</param>
/// <param name="Sum">The place of the count (<see cref="AgentValue.Share"/>, <see cref="AgentValue.Count"/>) or of the ms sum (<see cref="AgentValue.Mean"/>).</param>
/// <param name="Count">The place of the count of rooms that have the metric; an agent without any is not listed.</param>
/// <param name="Descending">Sorted by <c>parseFloat(value)</c> descending, else ascending.</param>
public sealed record AgentVariant(string Column, AgentFamilyShape Family, AgentValue Value, int Sum, int Count, bool Descending);
