namespace OmniCharts.Reference.AnalyticsOverview.Conversations;

/// <summary>A room of the range with its local creation day and hour and its weight m = max(1, untyped messages).</summary>
internal sealed record WeightedRoom(DateOnly Day, int Hour, int Messages);
