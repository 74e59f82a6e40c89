namespace OmniCharts.ReadModel.Reading;

/// <summary>
/// The values read for the cells of a <see cref="CellWindow"/>, per metric of the measure: what every bucket
/// inside the window adds up from.
/// </summary>
public sealed class BucketCells
{
    /// <summary>The stored value of a cell without a minimum; it loses every comparison.</summary>
    internal const long NoMinimum = long.MaxValue;

    private readonly BucketMeasure measure;
    private readonly long[][] days;
    private readonly long[][] slots;

    internal BucketCells(BucketMeasure measure, CellWindow window, long[][] days, long[][] slots)
    {
        this.measure = measure;
        Window = window;
        this.days = days;
        this.slots = slots;
    }

    /// <summary>The values of one metric (by its place in the measure) of the day or the slot cells.</summary>
    internal long[] Of(bool slotCells, int metric) => (slotCells ? slots : days)[metric];

    /// <summary>The cells this holds.</summary>
    public CellWindow Window { get; }

    /// <summary>The totals of each of <paramref name="buckets"/>, which must lie inside <see cref="Window"/>.</summary>
    public BucketTotals[] Combine(IReadOnlyList<BucketSource> buckets) =>
        TryCombine(buckets) ?? throw new ArgumentException("A bucket lies outside the cells that were read.", nameof(buckets));

    /// <summary>The totals of each of <paramref name="buckets"/>, or null when one lies outside <see cref="Window"/>.</summary>
    public BucketTotals[]? TryCombine(IReadOnlyList<BucketSource> buckets)
    {
        ArgumentNullException.ThrowIfNull(buckets);
        if (!Window.Covers(buckets))
            return null;

        var totals = new BucketTotals[buckets.Count];
        for (var i = 0; i < totals.Length; i++)
        {
            var sum = new Accumulator(measure.Kind);
            foreach (var day in buckets[i].Days)
                sum.Add(days, Window.Days!.Value.IndexOf(day));
            foreach (var run in buckets[i].Runs)
                for (var slot = run.First; slot <= run.Last; slot++)
                    sum.Add(slots, Window.Slots!.Value.IndexOf(run.Day, slot));
            totals[i] = sum.Totals;
        }

        return totals;
    }

    /// <summary>
    /// Each metric's sum over <paramref name="bucket"/>'s cells, in the order of the measure's metrics; null when a cell
    /// lies outside <see cref="Window"/>. For measures whose metrics are all additive (counts and sums).
    /// </summary>
    public long[]? TrySumEach(BucketSource bucket)
    {
        ArgumentNullException.ThrowIfNull(bucket);
        if (!Window.Covers([bucket]))
            return null;
        var sums = new long[measure.Metrics.Count];
        // Each cell's place is found once for all metrics; a 365-day overview sums a year of days per metric.
        for (var d = 0; d < bucket.Days.Count; d++)
        {
            var index = Window.Days!.Value.IndexOf(bucket.Days[d]);
            for (var m = 0; m < sums.Length; m++)
                sums[m] += days[m][index];
        }

        foreach (var run in bucket.Runs)
        {
            var first = Window.Slots!.Value.IndexOf(run.Day, run.First);
            for (var m = 0; m < sums.Length; m++)
            {
                for (var i = 0; i <= run.Last - run.First; i++)
                    sums[m] += slots[m][first + i];
            }
        }

        return sums;
    }

    /// <summary>The values of metric <paramref name="metric"/> in <paramref name="count"/> consecutive slots from <paramref name="first"/>, which must lie inside <see cref="Window"/>.</summary>
    public ReadOnlySpan<long> SlotValues(int metric, Keys.UtcSlot first, int count) =>
        slots[metric].AsSpan(Window.Slots!.Value.IndexOf(first.Day, first.Index), count);

    private struct Accumulator(MeasureKind kind)
    {
        private long total, count, minimum = NoMinimum;

        public readonly BucketTotals Totals => new(total, count, minimum == NoMinimum ? null : minimum);

        public void Add(long[][] cells, int index)
        {
            switch (kind)
            {
                case MeasureKind.Minimum:
                    minimum = Math.Min(minimum, cells[0][index]);
                    break;
                case MeasureKind.Mean:
                    total += cells[0][index];
                    count += cells[1][index];
                    break;
                default:
                    total += cells[0][index];
                    break;
            }
        }
    }
}
