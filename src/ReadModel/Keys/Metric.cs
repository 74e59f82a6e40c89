namespace OmniCharts.ReadModel.Keys;

/// <summary>
/// The hash field suffixes of one bucket. Sums are integer milliseconds, counts are integers;
/// a metric that is missing or 0 on a room is in neither its sum nor its count.
/// </summary>
public static class Metric
{
    /// <summary>Rooms in the bucket (Total_conversations).</summary>
    public const string Conversations = "n";

    /// <summary>Σ max(1, counted messages) over the bucket's rooms (Total_messages).</summary>
    public const string Messages = "msg";

    /// <summary>Σ metrics.chatDuration in ms.</summary>
    public const string ChatDurationSum = "cd.s";

    /// <summary>Rooms with metrics.chatDuration &gt; 0.</summary>
    public const string ChatDurationCount = "cd.c";

    /// <summary>Σ metrics.response.ft in ms.</summary>
    public const string FirstResponseSum = "ft.s";

    /// <summary>Rooms with metrics.response.ft &gt; 0.</summary>
    public const string FirstResponseCount = "ft.c";

    /// <summary>Minimum metrics.response.ft in ms (Best_first_response_time), kept exact by the first-response index.</summary>
    public const string FirstResponseMin = "ft.min";

    /// <summary>Σ metrics.response.avg in ms.</summary>
    public const string ResponseAverageSum = "ra.s";

    /// <summary>Rooms with metrics.response.avg &gt; 0.</summary>
    public const string ResponseAverageCount = "ra.c";

    /// <summary>Σ metrics.reaction.ft in ms.</summary>
    public const string ReactionSum = "rt.s";

    /// <summary>Rooms with metrics.reaction.ft &gt; 0.</summary>
    public const string ReactionCount = "rt.c";

    /// <summary>Every metric, each kept in its own bucket hashes.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Conversations, Messages, ChatDurationSum, ChatDurationCount, FirstResponseSum, FirstResponseCount, FirstResponseMin,
        ResponseAverageSum, ResponseAverageCount, ReactionSum, ReactionCount,
    ];
}
