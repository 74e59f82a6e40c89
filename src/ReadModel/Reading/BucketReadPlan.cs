using OmniCharts.ReadModel.Keys;
using StackExchange.Redis;

namespace OmniCharts.ReadModel.Reading;

/// <summary>
/// The HMGETs that fetch every cell of a <see cref="CellWindow"/>, one per hash, with field names taken from
/// precomputed tables, so that a year of days costs a few dozen small allocations. Pure: building it touches no server.
/// </summary>
public sealed class BucketReadPlan
{
    private readonly BucketMeasure measure;
    private readonly CellWindow window;
    private readonly List<HashRead> reads = [];
    private readonly List<ReadTarget> targets = [];

    private BucketReadPlan(BucketMeasure measure, CellWindow window)
    {
        this.measure = measure;
        this.window = window;
    }

    /// <summary>The HMGETs to send, each key once.</summary>
    public IReadOnlyList<HashRead> Reads => reads;

    /// <summary>Plans the reads of the cells of <paramref name="window"/> in <paramref name="scope"/>.</summary>
    public static BucketReadPlan Create(RedisKeySchema keys, SeriesScope scope, BucketMeasure measure, CellWindow window)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(window);
        var plan = new BucketReadPlan(measure, window);
        if (window.Days is { } days)
            plan.AddDays(keys, scope, days);
        if (window.Slots is { } slots)
            plan.AddSlots(keys, scope, slots);
        return plan;
    }

    /// <summary>Stores the HMGET answers, given in the order of <see cref="Reads"/>, as cells.</summary>
    public BucketCells Parse(IReadOnlyList<RedisValue[]> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var metrics = measure.Metrics.Count;
        var days = Cells(window.Days?.Count ?? 0);
        var slots = Cells(window.Slots?.Count ?? 0);
        for (var r = 0; r < targets.Count; r++)
        {
            var (isSlot, start) = targets[r];
            var answer = answers[r];
            var destination = isSlot ? slots : days;
            for (var f = 0; f < answer.Length; f++)
            {
                if (!answer[f].IsNull)
                    destination[f % metrics][start + (f / metrics)] = (long)answer[f];
            }
        }

        return new BucketCells(measure, window, days, slots);
    }

    private long[][] Cells(int count)
    {
        var cells = new long[measure.Metrics.Count][];
        for (var m = 0; m < cells.Length; m++)
        {
            cells[m] = new long[count];
            // An absent minimum must lose every comparison; sums and counts are 0 when absent.
            if (measure.Kind == MeasureKind.Minimum)
                Array.Fill(cells[m], BucketCells.NoMinimum);
        }

        return cells;
    }

    private void AddDays(RedisKeySchema keys, SeriesScope scope, DayRange days)
    {
        for (var month = new DateOnly(days.First.Year, days.First.Month, 1); month <= days.Last; month = month.AddMonths(1))
        {
            var first = month < days.First ? days.First : month;
            var monthEnd = month.AddMonths(1).AddDays(-1);
            var last = monthEnd > days.Last ? days.Last : monthEnd;
            var fields = new RedisValue[(last.Day - first.Day + 1) * measure.Metrics.Count];
            for (var m = 0; m < measure.Metrics.Count; m++)
            {
                var names = RedisKeySchema.DayFields(measure.Metrics[m]);
                for (var d = first.Day; d <= last.Day; d++)
                    fields[((d - first.Day) * measure.Metrics.Count) + m] = names[d - 1];
            }

            reads.Add(new HashRead(keys.DayTotals(scope, month), fields));
            targets.Add(new ReadTarget(false, days.IndexOf(first)));
        }
    }

    private void AddSlots(RedisKeySchema keys, SeriesScope scope, SlotRange slots)
    {
        for (var day = slots.First.Day; day <= slots.Last.Day; day = day.AddDays(1))
        {
            var first = day == slots.First.Day ? slots.First.Index : 0;
            var last = day == slots.Last.Day ? slots.Last.Index : UtcSlot.PerDay - 1;
            var fields = new RedisValue[(last - first + 1) * measure.Metrics.Count];
            for (var m = 0; m < measure.Metrics.Count; m++)
            {
                var names = RedisKeySchema.SlotFields(measure.Metrics[m]);
                for (var s = first; s <= last; s++)
                    fields[((s - first) * measure.Metrics.Count) + m] = names[s];
            }

            reads.Add(new HashRead(keys.SlotTotals(scope, day), fields));
            targets.Add(new ReadTarget(true, slots.IndexOf(day, first)));
        }
    }

    /// <summary>Where the cells of one read go: the slot or the day cells, from index <paramref name="Start"/> on.</summary>
    private readonly record struct ReadTarget(bool Slots, int Start);
}
