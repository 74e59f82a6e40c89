using System.Globalization;
using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Reading;
using StackExchange.Redis;

namespace OmniCharts.Benchmarks.Micro;

/// <summary>
/// An alternative daily read, for comparison only: HGETALL of each month hash (one linear pass over its listpack)
/// instead of an HMGET of the wanted fields (one linear search per field), the wanted metric picked client-side.
/// </summary>
public sealed class WholeMonthReader(IConnectionMultiplexer redis, RedisKeySchema keys)
{
    /// <summary>Sum and count of a mean metric per UTC day from <paramref name="first"/> to <paramref name="last"/>.</summary>
    public async Task<BucketTotals[]> ReadMeanAsync(SeriesScope scope, string sumMetric, string countMetric, DateOnly first, DateOnly last)
    {
        var months = new List<DateOnly>();
        for (var month = new DateOnly(first.Year, first.Month, 1); month <= last; month = month.AddMonths(1))
            months.Add(month);
        var batch = redis.GetDatabase().CreateBatch();
        var pending = months.Select(m => batch.HashGetAllAsync(keys.DayTotals(scope, m))).ToList();
        batch.Execute();
        var answers = await Task.WhenAll(pending);

        var totals = new BucketTotals[last.DayNumber - first.DayNumber + 1];
        for (var i = 0; i < months.Count; i++)
        {
            foreach (var entry in answers[i])
            {
                var field = (string)entry.Name!;
                var day = months[i].AddDays(int.Parse(field.AsSpan(0, 2), CultureInfo.InvariantCulture) - 1);
                if (day < first || day > last)
                    continue;
                var metric = field.AsSpan(3);
                ref var bucket = ref totals[day.DayNumber - first.DayNumber];
                if (metric.SequenceEqual(sumMetric))
                    bucket = bucket with { Total = bucket.Total + (long)entry.Value };
                else if (metric.SequenceEqual(countMetric))
                    bucket = bucket with { Count = bucket.Count + (long)entry.Value };
            }
        }

        return totals;
    }
}
