using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Reading;
using StackExchange.Redis;

namespace OmniCharts.UnitTests.ReadModel.Reading;

public class BucketReadPlanTests
{
    private static readonly RedisKeySchema Keys = new("t");
    private static readonly DateOnly October1 = new(2025, 10, 1);

    private static BucketSource[] Days(DateOnly first, int count) =>
        Enumerable.Range(0, count).Select(i => BucketSource.OfDay(first.AddDays(i))).ToArray();

    private static BucketReadPlan Plan(BucketMeasure measure, params BucketSource[] buckets) =>
        BucketReadPlan.Create(Keys, SeriesScope.AllRooms, measure, CellWindow.Covering(buckets));

    [Fact]
    public void A_year_of_days_reads_one_hash_per_metric_per_month()
    {
        var january15 = new DateOnly(2025, 1, 15);

        var plan = Plan(BucketMeasure.ChatDuration, Days(january15, 365));

        Assert.Equal(13 * 2, plan.Reads.Count);
        Assert.Equal(
            [Keys.DayTotals(SeriesScope.AllRooms, Metric.ChatDurationSum, january15), Keys.DayTotals(SeriesScope.AllRooms, Metric.ChatDurationCount, january15)],
            plan.Reads.Take(2).Select(r => r.Key));
        // Months of which at least half is wanted by HGETALL; the next January's 1..14 by field.
        Assert.Equal(24, plan.Reads.Count(r => r.Fields is null));
        Assert.Equal([RedisKeySchema.DayField(new DateOnly(2026, 1, 1)), RedisKeySchema.DayField(new DateOnly(2026, 1, 14))], new[] { plan.Reads[^1].Fields![0], plan.Reads[^1].Fields![^1] });
        Assert.Equal([14, 14], plan.Reads.Where(r => r.Fields is not null).Select(r => r.Fields!.Length));
    }

    [Fact]
    public void Whole_hashes_are_read_with_their_field_names()
    {
        var march = new DateOnly(2026, 3, 1);
        var plan = BucketReadPlan.Create(Keys, SeriesScope.AllRooms, BucketMeasure.Messages, new CellWindow(new DayRange(march, march.AddDays(30)), null));

        var cells = plan.Parse([["02", 5, "31", 7]]);

        Assert.Null(plan.Reads.Single().Fields);
        Assert.Equal(
            [new BucketTotals(0, 0, null), new BucketTotals(5, 0, null), new BucketTotals(7, 0, null)],
            cells.Combine([BucketSource.OfDay(march), BucketSource.OfDay(march.AddDays(1)), BucketSource.OfDay(march.AddDays(30))]));
    }

    [Fact]
    public void Slot_runs_read_each_slot_of_their_day_hash()
    {
        var scope = SeriesScope.Department("d1");
        var runs = new[] { new SlotRun(October1, 94, 95), new SlotRun(October1.AddDays(1), 0, 3) }.Select(BucketSource.OfRun).ToArray();

        var plan = BucketReadPlan.Create(Keys, scope, BucketMeasure.Conversations, CellWindow.Covering(runs));

        Assert.Equal(
            [Keys.SlotTotals(scope, Metric.Conversations, October1), Keys.SlotTotals(scope, Metric.Conversations, October1.AddDays(1))],
            plan.Reads.Select(r => r.Key));
        Assert.Equal([RedisKeySchema.SlotField(94), RedisKeySchema.SlotField(95)], plan.Reads[0].Fields!);
        Assert.Equal(4, plan.Reads[1].Fields!.Length);
    }

    [Fact]
    public void Means_add_sums_and_counts_over_the_bucket_and_skip_missing_fields()
    {
        BucketSource[] buckets = [BucketSource.OfRun(new SlotRun(October1, 4, 6))];

        var totals = Plan(BucketMeasure.FirstResponse, buckets).Parse([[1500, RedisValue.Null, 4500], [1, RedisValue.Null, 2]]).Combine(buckets);

        Assert.Equal([new BucketTotals(6000, 3, null)], totals);
    }

    [Fact]
    public void Minimums_take_the_least_present_value()
    {
        BucketSource[] buckets = [BucketSource.OfRun(new SlotRun(October1, 0, 2)), BucketSource.OfDay(October1)];

        // Day hashes are read before slot hashes.
        var totals = Plan(BucketMeasure.BestFirstResponse, buckets).Parse([[RedisValue.Null], [RedisValue.Null, 9000, 2500]]).Combine(buckets);

        Assert.Equal([new BucketTotals(0, 0, 2500), new BucketTotals(0, 0, null)], totals);
    }

    [Fact]
    public void A_cell_shared_by_two_buckets_is_read_once()
    {
        BucketSource[] buckets = [BucketSource.OfDay(October1), BucketSource.OfDay(October1)];
        var plan = Plan(BucketMeasure.Messages, buckets);

        Assert.Single(plan.Reads[0].Fields!);
        Assert.Equal([new BucketTotals(4, 0, null), new BucketTotals(4, 0, null)], plan.Parse([[4]]).Combine(buckets));
    }

    [Fact]
    public void Fields_of_a_whole_hash_outside_the_window_are_dropped()
    {
        var march10 = new DateOnly(2026, 3, 10);
        var plan = BucketReadPlan.Create(Keys, SeriesScope.AllRooms, BucketMeasure.Messages, new CellWindow(new DayRange(march10, march10.AddDays(21)), null));

        var cells = plan.Parse([["05", 3, "10", 5, "31", 7]]);

        Assert.Null(plan.Reads.Single().Fields);
        Assert.Equal([new BucketTotals(5, 0, null), new BucketTotals(7, 0, null)], cells.Combine([BucketSource.OfDay(march10), BucketSource.OfDay(march10.AddDays(21))]));
    }

    [Fact]
    public void A_wider_window_answers_the_buckets_inside_it_from_their_own_cells()
    {
        var window = new CellWindow(new DayRange(October1, October1.AddDays(2)), null);
        var plan = BucketReadPlan.Create(Keys, SeriesScope.AllRooms, BucketMeasure.Messages, window);

        var cells = plan.Parse([[7, 4, 9]]);

        Assert.Equal([new BucketTotals(4, 0, null)], cells.Combine([BucketSource.OfDay(October1.AddDays(1))]));
        Assert.Throws<ArgumentException>(() => cells.Combine([BucketSource.OfDay(October1.AddDays(3))]));
    }

    [Fact]
    public void No_buckets_read_nothing()
    {
        var plan = BucketReadPlan.Create(Keys, SeriesScope.AllRooms, BucketMeasure.Messages, CellWindow.Empty);

        Assert.Empty(plan.Reads);
        Assert.Empty(plan.Parse([]).Combine([]));
    }
}
