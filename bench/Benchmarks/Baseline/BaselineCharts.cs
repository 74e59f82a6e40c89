using OmniCharts.QueryApi.Charts;
using OmniCharts.ReadModel.Reading;

namespace OmniCharts.Benchmarks.Baseline;

/// <summary>
/// The spec's algorithm computed on request, as Rocket.Chat does: one query per bucket over that bucket's rooms,
/// found by binary search on <c>ts</c> (the index), filtered by department, and for Total_messages each room's
/// messages joined by <c>rid</c> and counted.
/// </summary>
public sealed class BaselineCharts(RawExport data)
{
    /// <summary>The totals of each planned bucket, in the read model's units, so both sides divide the same way.</summary>
    public IReadOnlyList<BucketTotals> Totals(string chartName, string? departmentId, RangePlan plan)
    {
        var totals = new BucketTotals[plan.Buckets.Count];
        for (var i = 0; i < totals.Length; i++)
        {
            var bucket = plan.Buckets[i];
            totals[i] = Bucket(chartName, departmentId, bucket.Start.ToUnixTimeMilliseconds(), bucket.End.ToUnixTimeMilliseconds());
        }

        return totals;
    }

    private BucketTotals Bucket(string chartName, string? departmentId, long gte, long lte)
    {
        var rooms = data.Rooms;
        long total = 0, count = 0, minimum = long.MaxValue;
        for (var i = data.FirstRoomAtOrAfter(gte); i < rooms.Length && rooms[i].Ts <= lte; i++)
        {
            var room = rooms[i];
            if (departmentId is not null && !string.Equals(room.DepartmentId, departmentId, StringComparison.Ordinal))
                continue;
            var value = chartName switch
            {
                "Total_conversations" => 1,
                "Total_messages" => Math.Max(1, CountedMessages(room.Id)),
                "Avg_chat_duration" => room.ChatDuration,
                "Avg_response_time" => room.ResponseAverage,
                "Avg_reaction_time" => room.Reaction,
                _ => room.FirstResponse,
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

    private int CountedMessages(string roomId)
    {
        if (!data.MessageFlags.TryGetValue(roomId, out var flags))
            return 0;
        var counted = 0;
        foreach (var flag in flags)
            if (flag == 0)
                counted++;
        return counted;
    }
}
