namespace OmniCharts.ExportGenerator.Generation;

/// <summary>When rooms start: busier weekdays and office hours, a slow growth over the period.</summary>
public static class Traffic
{
    // UTC hours: quiet nights, a European morning and an American afternoon.
    private static readonly double[] HourWeights =
    [
        0.4, 0.3, 0.25, 0.25, 0.3, 0.5, 0.9, 1.6, 2.6, 3.4, 3.8, 3.9,
        3.7, 3.9, 4.3, 4.5, 4.2, 3.6, 2.9, 2.3, 1.8, 1.3, 0.9, 0.6,
    ];

    /// <summary>How many of <paramref name="rooms"/> start on each day, summing exactly to <paramref name="rooms"/>.</summary>
    public static IEnumerable<(DateOnly Day, int Rooms)> RoomsPerDay(DateOnly first, DateOnly end, long rooms)
    {
        var days = end.DayNumber - first.DayNumber;
        var weights = Enumerable.Range(0, days).Select(i => DayWeight(first.AddDays(i), (double)i / days)).ToArray();
        var total = weights.Sum();
        double cumulative = 0;
        long placed = 0;
        for (var i = 0; i < days; i++)
        {
            cumulative += weights[i];
            var target = i == days - 1 ? rooms : (long)Math.Round(rooms * cumulative / total);
            yield return (first.AddDays(i), (int)(target - placed));
            placed = target;
        }
    }

    /// <summary>The start times of <paramref name="count"/> rooms on <paramref name="day"/>, in order.</summary>
    public static List<DateTime> StartTimes(Dice dice, DateOnly day, int count)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var times = new List<DateTime>(count);
        for (var i = 0; i < count; i++)
            times.Add(midnight.AddHours(dice.Weighted(HourWeights)).AddMilliseconds(dice.Between(0, 3_600_000)));
        times.Sort();
        return times;
    }

    private static double DayWeight(DateOnly day, double progress) =>
        (day.DayOfWeek switch { DayOfWeek.Saturday => 0.45, DayOfWeek.Sunday => 0.35, DayOfWeek.Monday => 1.15, _ => 1.0 })
        * (1 + 0.3 * progress);
}
