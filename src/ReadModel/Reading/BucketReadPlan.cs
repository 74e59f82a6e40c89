using OmniCharts.ReadModel.Keys;
using StackExchange.Redis;

namespace OmniCharts.ReadModel.Reading;

/// <summary>
/// The reads that fetch every cell of a <see cref="CellWindow"/>: one per metric per month hash or slot hash, an
/// HGETALL when at least half of the hash's fields are wanted (one pass over a listpack, where HMGET searches it
/// once per field; the fields outside the window are dropped), else an HMGET with field names cut from
/// precomputed tables. Pure: building it touches no server.
/// </summary>
public sealed class BucketReadPlan
{
    private readonly BucketMeasure measure;
    private readonly CellWindow window;
    private readonly List<HashRead> reads = [];
    private readonly List<ReadTarget> targets = [];
    private readonly List<DateOnly> settledMonths = [];
    private readonly Dictionary<DateOnly, int> settledMonthIndex = [];
    private readonly DateOnly? settledBefore;

    private BucketReadPlan(BucketMeasure measure, CellWindow window, DateOnly? settledBefore)
    {
        this.measure = measure;
        this.window = window;
        this.settledBefore = settledBefore;
    }

    /// <summary>The reads to send, each key once.</summary>
    public IReadOnlyList<HashRead> Reads => reads;

    /// <summary>The first day of each settled month read, in order (empty unless planned with a settled date).</summary>
    public IReadOnlyList<DateOnly> SettledMonths => settledMonths;

    /// <summary>
    /// Plans the reads of the cells of <paramref name="window"/> in <paramref name="scope"/>. Month hashes and slot
    /// hashes of months that end before <paramref name="settledBefore"/> are read whole, so that a
    /// <see cref="SettledMonthCache"/> can keep them under their month's version.
    /// </summary>
    public static BucketReadPlan Create(RedisKeySchema keys, SeriesScope scope, BucketMeasure measure, CellWindow window, DateOnly? settledBefore = null)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(window);
        var plan = new BucketReadPlan(measure, window, settledBefore);
        if (window.Days is { } days)
            plan.AddDays(keys, scope, days);
        if (window.Slots is { } slots)
            plan.AddSlots(keys, scope, slots);
        return plan;
    }

    /// <summary>
    /// Stores the answers, given in the order of <see cref="Reads"/>, as cells: an HMGET's values, or an HGETALL's
    /// fields and values alternating.
    /// </summary>
    public BucketCells Parse(IReadOnlyList<RedisValue[]> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var cells = CreateCells();
        for (var r = 0; r < targets.Count; r++)
        {
            if (reads[r].Fields is not null)
            {
                StoreValues(cells, r, answers[r]);
                continue;
            }

            for (var f = 0; f + 1 < answers[r].Length; f += 2)
                StoreField(cells, r, answers[r][f], answers[r][f + 1]);
        }

        return cells;
    }

    /// <summary>Empty cells for this plan's window, to fill with <see cref="StoreValues"/> and <see cref="StoreField"/>.</summary>
    internal BucketCells CreateCells() =>
        new(measure, window, Cells(window.Days?.Count ?? 0), Cells(window.Slots?.Count ?? 0));

    /// <summary>Stores the values an HMGET of read <paramref name="read"/> returned, in its field order.</summary>
    internal void StoreValues(BucketCells cells, int read, RedisValue[] values)
    {
        var (isSlot, metric, start, _) = targets[read];
        var destination = cells.Of(isSlot, metric);
        for (var f = 0; f < values.Length; f++)
        {
            if (!values[f].IsNull)
                destination[start + f] = (long)values[f];
        }
    }

    /// <summary>The place in <see cref="SettledMonths"/> of read <paramref name="read"/>'s month, or −1 when it is not a settled month.</summary>
    internal int SettledMonthOf(int read) => targets[read].SettledMonth;

    /// <summary>How many values a kept copy of read <paramref name="read"/>'s hash holds: 31 days or 96 slots.</summary>
    internal int KeptLength(int read) => targets[read].Slots ? UtcSlot.PerDay : 31;

    /// <summary>The field number of a kept copy's first value: day fields count from 01, slot fields from 00.</summary>
    internal int FieldBase(int read) => targets[read].Slots ? 0 : 1;

    /// <summary>Stores a kept hash (index 0 = field 01 of a month, field 00 of a day's slots) as the answer of whole-hash read <paramref name="read"/>.</summary>
    internal void StoreMonth(BucketCells cells, int read, long[] kept)
    {
        var (isSlot, metric, start, _) = targets[read];
        var destination = cells.Of(isSlot, metric);
        var offset = start + FieldBase(read);
        for (var k = 0; k < kept.Length; k++)
        {
            var index = offset + k;
            if (kept[k] != SettledMonthCache.Absent && index >= 0 && index < destination.Length)
                destination[index] = kept[k];
        }
    }

    /// <summary>Stores one field of a whole-hash read <paramref name="read"/> when it lies inside the window.</summary>
    internal void StoreField(BucketCells cells, int read, RedisValue field, RedisValue value)
    {
        var (isSlot, metric, start, _) = targets[read];
        var destination = cells.Of(isSlot, metric);
        // Day fields count from 01, slot fields from 00; start is where field 00 would sit, possibly before the window.
        var index = start + (int)field;
        if (index >= 0 && index < destination.Length)
            destination[index] = (long)value;
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
            var settled = SettledIndex(month);
            var whole = settled >= 0 || (last.Day - first.Day + 1) * 2 >= monthEnd.Day;
            var fields = whole ? null : RedisKeySchema.DayFields(first.Day, last.Day);
            var start = whole ? days.IndexOf(month) - 1 : days.IndexOf(first);
            for (var m = 0; m < measure.Metrics.Count; m++)
            {
                reads.Add(new HashRead(keys.DayTotals(scope, measure.Metrics[m], month), fields));
                targets.Add(new ReadTarget(false, m, start, settled));
            }
        }
    }

    private void AddSlots(RedisKeySchema keys, SeriesScope scope, SlotRange slots)
    {
        for (var day = slots.First.Day; day <= slots.Last.Day; day = day.AddDays(1))
        {
            var first = day == slots.First.Day ? slots.First.Index : 0;
            var last = day == slots.Last.Day ? slots.Last.Index : UtcSlot.PerDay - 1;
            var settled = SettledIndex(new DateOnly(day.Year, day.Month, 1));
            var whole = settled >= 0 || (last - first + 1) * 2 >= UtcSlot.PerDay;
            var fields = whole ? null : RedisKeySchema.SlotFields(first, last);
            var start = whole ? slots.IndexOf(day, 0) : slots.IndexOf(day, first);
            for (var m = 0; m < measure.Metrics.Count; m++)
            {
                reads.Add(new HashRead(keys.SlotTotals(scope, measure.Metrics[m], day), fields));
                targets.Add(new ReadTarget(true, m, start, settled));
            }
        }
    }

    // The place of a settled month in SettledMonths (added once), or −1 for a month that has not ended before settledBefore.
    private int SettledIndex(DateOnly month)
    {
        if (settledBefore is not { } before || !MonthVersions.Settled(month, before))
            return -1;
        if (!settledMonthIndex.TryGetValue(month, out var index))
        {
            index = settledMonths.Count;
            settledMonths.Add(month);
            settledMonthIndex.Add(month, index);
        }

        return index;
    }

    /// <summary>
    /// Where the values of one read go: metric <paramref name="Metric"/> of the slot or day cells, from
    /// <paramref name="Start"/> on; <paramref name="SettledMonth"/> its place in <see cref="SettledMonths"/> or −1.
    /// </summary>
    private readonly record struct ReadTarget(bool Slots, int Metric, int Start, int SettledMonth);
}
