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

    /// <summary>Rooms that have <c>metrics</c>, no truthy <c>metrics.chatDuration</c> and are not on hold (the overview's Open_conversations).</summary>
    public const string Open = "op";

    /// <summary>Rooms with <c>onHold: true</c> (On_Hold_conversations).</summary>
    public const string OnHold = "oh";

    /// <summary>
    /// Slot buckets only: the rooms of <see cref="OnHold"/> created in the last millisecond of their slot. On_Hold counts
    /// <c>ts &lt; to</c>, and <c>to</c> is always the last millisecond of a slot, so this is what to leave out.
    /// </summary>
    public const string OnHoldLastMillisecond = "oh.e";

    /// <summary>Slot buckets only: Σ max(1, messages without <c>t</c>, visitors' included), the overview's Total_messages and busiest day and hour.</summary>
    public const string OverviewMessages = "mo";

    /// <summary>
    /// The Productivity rooms (both <c>metrics.response</c> and <c>metrics.reaction</c> exist) minus the rooms of
    /// <see cref="ReactionCount"/>: the two are nearly the same rooms, so this is 0 almost everywhere and its hashes
    /// seldom exist. Rooms = <see cref="ReactionCount"/> + this.
    /// </summary>
    public const string ProductivityRoomsDifference = "pr.c.d";

    /// <summary>
    /// Σ metrics.response.avg in ms over the Productivity rooms (a null field adding 0, negative values kept) minus
    /// <see cref="ResponseAverageSum"/>. Sum = <see cref="ResponseAverageSum"/> + this.
    /// </summary>
    public const string ProductivityResponseAverageDifference = "pr.ra.d";

    /// <summary>The same for metrics.response.ft, against <see cref="FirstResponseSum"/>.</summary>
    public const string ProductivityFirstResponseDifference = "pr.ft.d";

    /// <summary>The same for metrics.reaction.ft, against <see cref="ReactionSum"/>.</summary>
    public const string ProductivityReactionDifference = "pr.rt.d";

    /// <summary>Productivity rooms without a <c>metrics.response.avg</c> field: any makes the card NaN.</summary>
    public const string ProductivityResponseAverageMissing = "pr.ra.x";

    /// <summary>Productivity rooms without a <c>metrics.response.ft</c> field.</summary>
    public const string ProductivityFirstResponseMissing = "pr.ft.x";

    /// <summary>Productivity rooms without a <c>metrics.reaction.ft</c> field.</summary>
    public const string ProductivityReactionMissing = "pr.rt.x";

    /// <summary>Every metric, each kept in its own bucket hashes.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Conversations, Messages, ChatDurationSum, ChatDurationCount, FirstResponseSum, FirstResponseCount, FirstResponseMin,
        ResponseAverageSum, ResponseAverageCount, ReactionSum, ReactionCount,
        Open, OnHold, OnHoldLastMillisecond, OverviewMessages, ProductivityRoomsDifference, ProductivityResponseAverageDifference,
        ProductivityFirstResponseDifference, ProductivityReactionDifference, ProductivityResponseAverageMissing, ProductivityFirstResponseMissing,
        ProductivityReactionMissing,
    ];
}
