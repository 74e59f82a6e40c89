namespace OmniCharts.Reference.AnalyticsOverview.Conversations;

/// <summary>
/// The local day with the largest Σ m and, within that day only, the local hour with the largest Σ m. Rocket.Chat keeps
/// the first it met in an undefined order; the spec fixes the earliest day and the earliest hour on a tie.
/// </summary>
internal static class BusiestTime
{
    public static (DateOnly Day, int Hour)? Of(IReadOnlyList<WeightedRoom> rooms)
    {
        if (rooms.Count == 0)
            return null;
        var day = Earliest(rooms.GroupBy(r => r.Day));
        var hour = Earliest(rooms.Where(r => r.Day == day).GroupBy(r => r.Hour));
        return (day, hour);
    }

    // The key with the largest sum; ascending keys and a strict ">" keep the earliest on a tie.
    private static TKey Earliest<TKey>(IEnumerable<IGrouping<TKey, WeightedRoom>> groups)
    {
        var ordered = groups.OrderBy(g => g.Key).ToList();
        var best = ordered[0];
        foreach (var group in ordered.Skip(1))
        {
            if (group.Sum(r => r.Messages) > best.Sum(r => r.Messages))
                best = group;
        }
        return best.Key;
    }
}
