using OmniCharts.ReadModel.Keys;

namespace OmniCharts.ReadModel.Reading;

/// <summary>Which <see cref="Metric"/> fields a chart reads from each bucket, and how they combine.</summary>
/// <param name="Kind">How the fields combine.</param>
/// <param name="Metrics">The metric suffixes read per cell: one for totals and minimums, sum then count for means.</param>
public sealed record BucketMeasure(MeasureKind Kind, IReadOnlyList<string> Metrics)
{
    /// <summary>Rooms (Total_conversations).</summary>
    public static BucketMeasure Conversations { get; } = new(MeasureKind.Total, [Metric.Conversations]);

    /// <summary>Σ max(1, counted messages) (Total_messages).</summary>
    public static BucketMeasure Messages { get; } = new(MeasureKind.Total, [Metric.Messages]);

    /// <summary>Mean chat duration (Avg_chat_duration).</summary>
    public static BucketMeasure ChatDuration { get; } = new(MeasureKind.Mean, [Metric.ChatDurationSum, Metric.ChatDurationCount]);

    /// <summary>Mean first response (Avg_first_response_time).</summary>
    public static BucketMeasure FirstResponse { get; } = new(MeasureKind.Mean, [Metric.FirstResponseSum, Metric.FirstResponseCount]);

    /// <summary>Least first response (Best_first_response_time).</summary>
    public static BucketMeasure BestFirstResponse { get; } = new(MeasureKind.Minimum, [Metric.FirstResponseMin]);

    /// <summary>Mean of per-room average responses (Avg_response_time).</summary>
    public static BucketMeasure ResponseAverage { get; } = new(MeasureKind.Mean, [Metric.ResponseAverageSum, Metric.ResponseAverageCount]);

    /// <summary>Mean reaction (Avg_reaction_time).</summary>
    public static BucketMeasure Reaction { get; } = new(MeasureKind.Mean, [Metric.ReactionSum, Metric.ReactionCount]);
}
