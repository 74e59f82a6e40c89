using OmniCharts.ReadModel.Reading.Agents;
using Served = OmniCharts.ReadModel.Keys.AgentFamily.ServedIndex;
using Responded = OmniCharts.ReadModel.Keys.AgentFamily.FirstResponseIndex;

namespace OmniCharts.QueryApi.Overview.Agents;

/// <summary>The seven agent-overview names (the same strings as charts-data's chart names) and their variants.</summary>
public static class AgentVariants
{
    /// <summary>Each name's variant, case-sensitive.</summary>
    public static IReadOnlyDictionary<string, AgentVariant> ByName { get; } = new Dictionary<string, AgentVariant>(StringComparer.Ordinal)
    {
        ["Total_conversations"] = new("%_of_conversations", AgentFamilyShape.Served, AgentValue.Share, Served.Rooms, Served.Rooms, Descending: true),
        ["Avg_chat_duration"] = new("Avg_chat_duration", AgentFamilyShape.Served, AgentValue.Mean, Served.ChatDurationSum, Served.ChatDurationCount, Descending: true),
        ["Total_messages"] = new("Total_messages", AgentFamilyShape.Served, AgentValue.Count, Served.Messages, Served.Rooms, Descending: true),
        ["Avg_first_response_time"] = new("Avg_first_response_time", AgentFamilyShape.FirstResponse, AgentValue.Mean, Responded.Sum, Responded.Count, Descending: false),
        ["Best_first_response_time"] = new("Best_first_response_time", AgentFamilyShape.FirstResponse, AgentValue.Minimum, Responded.Sum, Responded.Count, Descending: false),
        ["Avg_response_time"] = new("Avg_response_time", AgentFamilyShape.Served, AgentValue.Mean, Served.ResponseAverageSum, Served.ResponseAverageCount, Descending: false),
        ["Avg_reaction_time"] = new("Avg_reaction_time", AgentFamilyShape.Served, AgentValue.Mean, Served.ReactionSum, Served.ReactionCount, Descending: false),
    };
}
