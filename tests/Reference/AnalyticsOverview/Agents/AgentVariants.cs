using OmniCharts.Reference.ChartsData;

namespace OmniCharts.Reference.AnalyticsOverview.Agents;

/// <summary>The seven agent-overview variants by <c>name</c>.</summary>
internal static class AgentVariants
{
    private const string ServedBy = "servedBy.username";
    private const string ResponseBy = "responseBy.username";

    public static IReadOnlyDictionary<string, AgentVariant> ByName { get; } = new Dictionary<string, AgentVariant>(StringComparer.Ordinal)
    {
        [ChartNames.TotalConversations] = new("%_of_conversations", ServedBy, AgentValueKind.Share, null, Descending: true),
        [ChartNames.AvgChatDuration] = new("Avg_chat_duration", ServedBy, AgentValueKind.Mean, "metrics.chatDuration", Descending: true),
        [ChartNames.TotalMessages] = new("Total_messages", ServedBy, AgentValueKind.MessageCount, null, Descending: true),
        [ChartNames.AvgFirstResponseTime] = new("Avg_first_response_time", ResponseBy, AgentValueKind.Mean, "metrics.response.ft", Descending: false),
        [ChartNames.BestFirstResponseTime] = new("Best_first_response_time", ResponseBy, AgentValueKind.Minimum, "metrics.response.ft", Descending: false),
        [ChartNames.AvgResponseTime] = new("Avg_response_time", ServedBy, AgentValueKind.Mean, "metrics.response.avg", Descending: false),
        [ChartNames.AvgReactionTime] = new("Avg_reaction_time", ServedBy, AgentValueKind.Mean, "metrics.reaction.ft", Descending: false),
    };
}
