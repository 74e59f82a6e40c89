using OmniCharts.ReadModel.Keys;
using StackExchange.Redis;

namespace OmniCharts.ReadModel.Reading;

/// <summary>
/// The exact fields a chart needs, grouped into one HMGET per hash, so a year of days costs about 13
/// reads and a day of hours at most two. Pure: building it touches no server.
/// </summary>
public sealed class BucketReadPlan
{
    private readonly BucketMeasure measure;
    private readonly List<List<(int Read, int Field)>> cellsByBucket;

    private BucketReadPlan(BucketMeasure measure, IReadOnlyList<HashRead> reads, List<List<(int, int)>> cellsByBucket)
    {
        this.measure = measure;
        Reads = reads;
        this.cellsByBucket = cellsByBucket;
    }

    /// <summary>The HMGETs to send, each key once.</summary>
    public IReadOnlyList<HashRead> Reads { get; }

    /// <summary>Plans the reads of <paramref name="buckets"/> in <paramref name="scope"/>.</summary>
    public static BucketReadPlan Create(RedisKeySchema keys, SeriesScope scope, BucketMeasure measure, IReadOnlyList<BucketSource> buckets)
    {
        var builder = new ReadPlanBuilder(measure.Metrics);
        var cellsByBucket = new List<List<(int, int)>>(buckets.Count);
        foreach (var bucket in buckets)
        {
            var cells = new List<(int, int)>();
            foreach (var day in bucket.Days)
                cells.Add(builder.Cell(keys.DayTotals(scope, day), metric => RedisKeySchema.DayField(day, metric)));
            foreach (var run in bucket.Runs)
                for (var slot = run.First; slot <= run.Last; slot++)
                    cells.Add(builder.Cell(keys.SlotTotals(scope, run.Day), metric => RedisKeySchema.SlotField(slot, metric)));
            cellsByBucket.Add(cells);
        }

        return new BucketReadPlan(measure, builder.Reads(), cellsByBucket);
    }

    /// <summary>Adds up each bucket from the HMGET answers, given in the order of <see cref="Reads"/>.</summary>
    public IReadOnlyList<BucketTotals> Combine(IReadOnlyList<RedisValue[]> answers)
    {
        var totals = new BucketTotals[cellsByBucket.Count];
        for (var i = 0; i < totals.Length; i++)
        {
            long total = 0, count = 0;
            long? minimum = null;
            foreach (var (read, field) in cellsByBucket[i])
            {
                var first = answers[read][field];
                if (measure.Kind == MeasureKind.Minimum)
                {
                    if (!first.IsNull && (minimum is null || (long)first < minimum))
                        minimum = (long)first;
                    continue;
                }

                total += first.IsNull ? 0 : (long)first;
                if (measure.Kind == MeasureKind.Mean && answers[read][field + 1] is { IsNull: false } second)
                    count += (long)second;
            }

            totals[i] = new BucketTotals(total, count, minimum);
        }

        return totals;
    }
}
