using Npgsql;
using OmniCharts.QueryApi.Charts;
using OmniCharts.ReadModel.Reading;
using OmniCharts.ReadModel.Writing;

namespace OmniCharts.Benchmarks.DatabaseBaseline;

/// <summary>
/// The spec's algorithm against a database, the way Rocket.Chat computes it against MongoDB: one indexed query
/// per bucket, in sequence, each returning the bucket's rooms, reduced in the application.
/// </summary>
public sealed class DatabaseCharts(NpgsqlDataSource database)
{
    /// <summary>The totals of each planned bucket, in the read model's units, so every system divides the same way.</summary>
    public async Task<IReadOnlyList<BucketTotals>> TotalsAsync(string chartName, string? departmentId, RangePlan plan)
    {
        var sql = BucketQueries.For(chartName, departmentId is not null);
        var totals = new BucketTotals[plan.Buckets.Count];
        await using var connection = await database.OpenConnectionAsync();
        for (var i = 0; i < totals.Length; i++)
        {
            var bucket = plan.Buckets[i];
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue("gte", bucket.Start.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("lte", bucket.End.ToUnixTimeMilliseconds());
            if (departmentId is not null)
                command.Parameters.AddWithValue("department", departmentId);
            totals[i] = await ReduceAsync(chartName, command);
        }

        return totals;
    }

    private static async Task<BucketTotals> ReduceAsync(string chartName, NpgsqlCommand command)
    {
        long total = 0, count = 0, minimum = long.MaxValue;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            if (reader.IsDBNull(0))
                continue;
            var value = chartName switch
            {
                "Total_conversations" => 1,
                "Total_messages" => Math.Max(1, (long)reader.GetDouble(0)),
                _ => RoomMetrics.FromSeconds(reader.GetDouble(0)) ?? 0,
            };
            if (value <= 0)
                continue;
            total += value;
            count++;
            minimum = Math.Min(minimum, value);
        }

        return chartName == "Best_first_response_time"
            ? new BucketTotals(0, 0, minimum == long.MaxValue ? null : minimum)
            : new BucketTotals(total, count, null);
    }
}
