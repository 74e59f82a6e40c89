using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Reading;

namespace OmniCharts.QueryApi.Overview;

/// <summary>The bucket metrics each part of the overview reads (all additive, summed over the range).</summary>
public static class OverviewMeasures
{
    /// <summary>Rooms, open rooms, rooms on hold.</summary>
    public static BucketMeasure Conversations { get; } = new(MeasureKind.Total, [Metric.Conversations, Metric.Open, Metric.OnHold]);

    /// <summary>Rooms on hold created in the last millisecond of their slot (slot buckets only).</summary>
    public static BucketMeasure HeldAtSlotEnd { get; } = new(MeasureKind.Total, [Metric.OnHoldLastMillisecond]);

    /// <summary>Σ max(1, m) per slot (slot buckets only).</summary>
    public static BucketMeasure Weights { get; } = new(MeasureKind.Total, [Metric.OverviewMessages]);

    /// <summary>
    /// The Productivity cards' numbers as the chart sums plus their differences (<see cref="ProductivitySums"/> adds them):
    /// rooms (rt.c, pr.c.d), the ms sums of response.avg, response.ft, reaction.ft (each with its difference), the
    /// missing-field counts.
    /// </summary>
    public static BucketMeasure Productivity { get; } = new(MeasureKind.Total,
    [
        Metric.ReactionCount, Metric.ProductivityRoomsDifference,
        Metric.ResponseAverageSum, Metric.ProductivityResponseAverageDifference,
        Metric.FirstResponseSum, Metric.ProductivityFirstResponseDifference,
        Metric.ReactionSum, Metric.ProductivityReactionDifference,
        Metric.ProductivityResponseAverageMissing, Metric.ProductivityFirstResponseMissing, Metric.ProductivityReactionMissing,
    ]);

    /// <summary>The sums of <see cref="Productivity"/> as <c>ProductivityCards.Body</c> takes them: rooms, three ms sums, three missing counts.</summary>
    public static long[] ProductivitySums(long[] read)
    {
        ArgumentNullException.ThrowIfNull(read);
        return [read[0] + read[1], read[2] + read[3], read[4] + read[5], read[6] + read[7], read[8], read[9], read[10]];
    }
}
