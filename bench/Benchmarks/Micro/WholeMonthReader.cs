using System.Globalization;
using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Reading;
using StackExchange.Redis;

namespace OmniCharts.Benchmarks.Micro;

/// <summary>
/// An alternative daily read, for comparison only: HGETALL of each metric's month hash (one linear pass over its
/// listpack) instead of an HMGET of the wanted fields (one search per field), days outside the range dropped client-side.
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
        var sums = months.Select(m => batch.HashGetAllAsync(keys.DayTotals(scope, sumMetric, m))).ToList();
        var counts = months.Select(m => batch.HashGetAllAsync(keys.DayTotals(scope, countMetric, m))).ToList();
        batch.Execute();
        var (sumAnswers, countAnswers) = (await Task.WhenAll(sums), await Task.WhenAll(counts));

        var totals = new BucketTotals[last.DayNumber - first.DayNumber + 1];
        for (var i = 0; i < months.Count; i++)
        {
            Add(sumAnswers[i], months[i], first, last, totals, (bucket, value) => bucket with { Total = bucket.Total + value });
            Add(countAnswers[i], months[i], first, last, totals, (bucket, value) => bucket with { Count = bucket.Count + value });
        }

        return totals;
    }

    private static void Add(HashEntry[] entries, DateOnly month, DateOnly first, DateOnly last, BucketTotals[] totals, Func<BucketTotals, long, BucketTotals> add)
    {
        foreach (var entry in entries)
        {
            var day = month.AddDays(int.Parse((string)entry.Name!, CultureInfo.InvariantCulture) - 1);
            if (day >= first && day <= last)
                totals[day.DayNumber - first.DayNumber] = add(totals[day.DayNumber - first.DayNumber], (long)entry.Value);
        }
    }
}
