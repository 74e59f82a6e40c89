namespace OmniCharts.Reference.ChartsData;

/// <summary>The seven chart names, case-sensitive.</summary>
public static class ChartNames
{
    /// <summary>Rooms per bucket.</summary>
    public const string TotalConversations = "Total_conversations";

    /// <summary>Mean <c>metrics.chatDuration</c>.</summary>
    public const string AvgChatDuration = "Avg_chat_duration";

    /// <summary>Σ max(1, counted messages) per room.</summary>
    public const string TotalMessages = "Total_messages";

    /// <summary>Mean <c>metrics.response.ft</c>.</summary>
    public const string AvgFirstResponseTime = "Avg_first_response_time";

    /// <summary>Minimum <c>metrics.response.ft</c>.</summary>
    public const string BestFirstResponseTime = "Best_first_response_time";

    /// <summary>Mean <c>metrics.response.avg</c>.</summary>
    public const string AvgResponseTime = "Avg_response_time";

    /// <summary>Mean <c>metrics.reaction.ft</c>.</summary>
    public const string AvgReactionTime = "Avg_reaction_time";

    /// <summary>All seven, in the order of charts-data.md §2.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        TotalConversations, AvgChatDuration, TotalMessages, AvgFirstResponseTime,
        BestFirstResponseTime, AvgResponseTime, AvgReactionTime,
    ];
}
