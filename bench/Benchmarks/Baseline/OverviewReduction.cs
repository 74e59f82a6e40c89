using OmniCharts.QueryApi.Overview.Agents;
using OmniCharts.QueryApi.Overview.Conversations;
using OmniCharts.QueryApi.Overview.Productivity;
using OmniCharts.QueryApi.Overview.Requests;
using OmniCharts.ReadModel.Reading.Agents;

namespace OmniCharts.Benchmarks.Baseline;

/// <summary>
/// analytics-overview.md computed the way Rocket.Chat does, from the rooms of the range (every room visited on
/// every request), with the QueryApi's own body builders so that every system prints the same JSON.
/// </summary>
public static class OverviewReduction
{
    /// <summary>The body of <paramref name="name"/> over <paramref name="rooms"/> (those with <c>from ≤ ts ≤ to</c> and the department).</summary>
    public static byte[] Body(string name, LocalRange range, TimeZoneInfo zone, IReadOnlyList<OverviewRoom> rooms)
    {
        ArgumentNullException.ThrowIfNull(range);
        ArgumentNullException.ThrowIfNull(rooms);
        return name switch
        {
            OverviewNames.Conversations => Conversations(range, zone, rooms),
            OverviewNames.Productivity => ProductivityCards.Body(Productivity(rooms)),
            _ => AgentTable.Body(AgentVariants.ByName[name], Agents(AgentVariants.ByName[name], rooms)),
        };
    }

    private static byte[] Conversations(LocalRange range, TimeZoneInfo zone, IReadOnlyList<OverviewRoom> rooms)
    {
        long open = 0, held = 0, messages = 0;
        var days = new SortedDictionary<DateOnly, long[]>();
        foreach (var (room, untyped, _) in rooms)
        {
            var overview = room.Overview!;
            open += overview.Open ? 1 : 0;
            held += overview.OnHold && room.Ts < range.To ? 1 : 0;
            var weight = Math.Max(1, untyped);
            messages += weight;
            var local = TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeMilliseconds(room.Ts), zone);
            var day = DateOnly.FromDateTime(local.DateTime);
            if (!days.TryGetValue(day, out var hours))
                days.Add(day, hours = new long[24]);
            hours[local.Hour] += weight;
        }

        (DateOnly Day, int Hour)? busiest = null;
        long best = 0;
        foreach (var (day, hours) in days)
        {
            if (hours.Sum() > best)
                (best, busiest) = (hours.Sum(), (day, Array.IndexOf(hours, hours.Max())));
        }

        return ConversationsCards.Body(range, rooms.Count, open, held, messages, busiest);
    }

    private static long[] Productivity(IReadOnlyList<OverviewRoom> rooms)
    {
        var sums = new long[7];
        foreach (var overview in rooms.Select(r => r.Room.Overview!).Where(o => o.InProductivity))
        {
            sums[0]++;
            long?[] values = [overview.ResponseAverage, overview.FirstResponse, overview.Reaction];
            for (var i = 0; i < 3; i++)
            {
                if (values[i] is { } milliseconds)
                    sums[1 + i] += milliseconds;
                else
                    sums[4 + i]++;
            }
        }

        return sums;
    }

    private static Dictionary<string, AgentTotals> Agents(AgentVariant variant, IReadOnlyList<OverviewRoom> rooms)
    {
        var served = variant.Family == AgentFamilyShape.Served;
        var agents = new Dictionary<string, (long[] Sums, long? Minimum)>(StringComparer.Ordinal);
        foreach (var (room, _, counted) in rooms)
        {
            var agent = served ? room.Overview!.ServedBy : room.Overview!.ResponseBy;
            if (agent is null || (!served && room.FirstResponse <= 0))
                continue;
            if (!agents.TryGetValue(agent, out var totals))
                totals = (new long[variant.Family.Additive], null);
            long[] values = served
                ? [1, Math.Max(1, counted), room.ChatDuration, Count(room.ChatDuration), room.ResponseAverage,
                    Count(room.ResponseAverage), room.Reaction, Count(room.Reaction)]
                : [room.FirstResponse, 1];
            for (var i = 0; i < values.Length; i++)
                totals.Sums[i] += values[i];
            if (!served)
                totals.Minimum = Math.Min(totals.Minimum ?? long.MaxValue, room.FirstResponse);
            agents[agent] = totals;
        }

        return agents.ToDictionary(p => p.Key, p => new AgentTotals(p.Value.Sums, p.Value.Minimum), StringComparer.Ordinal);
    }

    private static long Count(long milliseconds) => milliseconds > 0 ? 1 : 0;
}
