using System.Globalization;
using OmniCharts.ReadModel.Keys;
using StackExchange.Redis;

namespace OmniCharts.QueryApi.Overview;

/// <summary>
/// The months that hold a scope's buckets: the fields of <c>{scope}:dayver</c>, which every write script sets for the
/// month it changes. A range of thousands of years then reads only those months (a superset of the months with data,
/// exact either way).
/// </summary>
public static class DataMonths
{
    /// <summary>Adds the read of <paramref name="keys"/>' generation to <paramref name="batch"/>: the first day of each month.</summary>
    public static Task<IReadOnlyCollection<DateOnly>> Queue(IBatch batch, SeriesScope scope, RedisKeySchema keys)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(keys);
        return ParseAsync(batch.HashKeysAsync(keys.DayVersions(scope)));
    }

    private static async Task<IReadOnlyCollection<DateOnly>> ParseAsync(Task<RedisValue[]> fields) =>
        [.. (await fields.ConfigureAwait(false)).Select(f => DateOnly.ParseExact((string)f!, "yyyy-MM", CultureInfo.InvariantCulture))];
}
