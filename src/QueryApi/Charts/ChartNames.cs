using OmniCharts.ReadModel.Reading;

namespace OmniCharts.QueryApi.Charts;

/// <summary>The seven chart names Rocket.Chat accepts (case-sensitive) and what each reads.</summary>
public static class ChartNames
{
    private static readonly Dictionary<string, BucketMeasure> Measures = new(StringComparer.Ordinal)
    {
        ["Total_conversations"] = BucketMeasure.Conversations,
        ["Avg_chat_duration"] = BucketMeasure.ChatDuration,
        ["Total_messages"] = BucketMeasure.Messages,
        ["Avg_first_response_time"] = BucketMeasure.FirstResponse,
        ["Best_first_response_time"] = BucketMeasure.BestFirstResponse,
        ["Avg_response_time"] = BucketMeasure.ResponseAverage,
        ["Avg_reaction_time"] = BucketMeasure.Reaction,
    };

    /// <summary>Whether <paramref name="name"/> is one of the seven, exactly.</summary>
    public static bool IsKnown(string name) => Measures.ContainsKey(name);

    /// <summary>The measure of a known chart.</summary>
    public static BucketMeasure MeasureOf(string name) => Measures[name];
}
