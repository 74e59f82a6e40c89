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
    public void A_year_of_days_reads_one_hash_per_month()
    {
        var plan = Plan(BucketMeasure.ChatDuration, Days(new DateOnly(2025, 1, 15), 365));

        Assert.Equal(13, plan.Reads.Count);
        Assert.Equal(365 * 2, plan.Reads.Sum(r => r.Fields.Length));
        Assert.Equal(Keys.DayTotals(SeriesScope.AllRooms, new DateOnly(2025, 1, 1)), plan.Reads[0].Key);
        Assert.Equal(
            [RedisKeySchema.DayField(new DateOnly(2025, 1, 15), Metric.ChatDurationSum), RedisKeySchema.DayField(new DateOnly(2025, 1, 15), Metric.ChatDurationCount)],
            plan.Reads[0].Fields.Take(2));
    }

    [Fact]
    public void Slot_runs_read_each_slot_of_their_day_hash()
    {
        var scope = SeriesScope.Department("d1");
        var runs = new[] { new SlotRun(October1, 94, 95), new SlotRun(October1.AddDays(1), 0, 3) }.Select(BucketSource.OfRun).ToArray();

        var plan = BucketReadPlan.Create(Keys, scope, BucketMeasure.Conversations, CellWindow.Covering(runs));

        Assert.Equal([Keys.SlotTotals(scope, October1), Keys.SlotTotals(scope, October1.AddDays(1))], plan.Reads.Select(r => r.Key));
        Assert.Equal([RedisKeySchema.SlotField(94, Metric.Conversations), RedisKeySchema.SlotField(95, Metric.Conversations)], plan.Reads[0].Fields);
        Assert.Equal(4, plan.Reads[1].Fields.Length);
    }

    [Fact]
    public void Means_add_sums_and_counts_over_the_bucket_and_skip_missing_fields()
    {
        BucketSource[] buckets = [BucketSource.OfRun(new SlotRun(October1, 4, 6))];

        var totals = Plan(BucketMeasure.FirstResponse, buckets).Parse([[1500, 1, RedisValue.Null, RedisValue.Null, 4500, 2]]).Combine(buckets);

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

        Assert.Single(plan.Reads[0].Fields);
        Assert.Equal([new BucketTotals(4, 0, null), new BucketTotals(4, 0, null)], plan.Parse([[4]]).Combine(buckets));
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
