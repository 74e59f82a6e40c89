namespace OmniCharts.Reference.AnalyticsOverview.Agents;

/// <summary>One agent's row: the value as JSON and the number Rocket.Chat sorts it by, <c>parseFloat(value)</c>.</summary>
internal sealed record AgentRow(string Username, string JsonValue, double SortKey);
