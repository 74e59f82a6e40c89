using OmniCharts.ReadModel.Keys;
using StackExchange.Redis;

namespace OmniCharts.ReadModel.Reading;

/// <summary>
/// How every reader that keeps hashes (and the QueryApi's kept answers) uses the month versions of
/// <c>{scope}:dayver</c> (<see cref="RedisKeySchema.DayVersions"/>): which months count as settled, how their versions
/// are read, and what a missing version means.
/// </summary>
public static class MonthVersions
{
    /// <summary>Whether <paramref name="month"/> (its first day) ended before <paramref name="today"/>, the current UTC day.</summary>
    public static bool Settled(DateOnly month, DateOnly today) => month.AddMonths(1) <= today;

    /// <summary>Adds the read of <paramref name="months"/>' versions to <paramref name="batch"/> (one HMGET); null when there are none.</summary>
    public static Task<RedisValue[]>? Queue(IBatch batch, RedisKey dayVersions, IReadOnlyCollection<DateOnly> months) =>
        months.Count == 0 ? null : batch.HashGetAsync(dayVersions, [.. months.Select(RedisKeySchema.MonthField)]);

    /// <summary>A version as read. A month no script has changed since versions exist has none: it counts as 0, below any a script sets.</summary>
    public static long Of(RedisValue value) => value.IsNull ? 0 : (long)value;

    /// <summary>The versions of a <see cref="Queue"/> read, in its order (none for a null read).</summary>
    public static async Task<long[]> ReadAsync(Task<RedisValue[]>? versions) =>
        versions is null ? [] : [.. (await versions.ConfigureAwait(false)).Select(Of)];
}
