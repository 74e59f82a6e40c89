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

    /// <summary>Productivity rooms, the three ms sums, the three missing-field counts.</summary>
    public static BucketMeasure Productivity { get; } = new(MeasureKind.Total,
    [
        Metric.ProductivityRooms, Metric.ProductivityResponseAverage, Metric.ProductivityFirstResponse, Metric.ProductivityReaction,
        Metric.ProductivityResponseAverageMissing, Metric.ProductivityFirstResponseMissing, Metric.ProductivityReactionMissing,
    ]);
}
