namespace OmniCharts.Reference.Workspace.Planning;

/// <summary>When things happen: a window around a DST change or a month end, busy office hours, and edges of buckets.</summary>
internal static class PlanTimes
{
    private const long Day = 86_400_000;
    private const long Quarter = 15 * 60_000;

    // US, EU, Chile and Australian DST changes of 2026, and month ends (a year end among them).
    private static readonly DateOnly[] Anchors =
    [
        new(2026, 3, 8), new(2026, 3, 29), new(2026, 4, 5), new(2026, 10, 4), new(2026, 10, 25), new(2026, 11, 1),
        new(2026, 1, 31), new(2026, 2, 28), new(2026, 4, 30), new(2026, 6, 30), new(2026, 12, 31),
    ];

    /// <summary>UTC midnight a few days before one of the anchors, so that the window holds it.</summary>
    public static DateTimeOffset WindowStart(Random random, int weeks)
    {
        var anchor = Anchors[random.Next(Anchors.Length)];
        var start = anchor.AddDays(-random.Next(1, 7 * weeks - 1));
        return new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    }

    /// <summary>A moment in [from, to): mostly in office hours (07:00–19:00 UTC) and on weekdays.</summary>
    public static long Busy(Random random, long from, long to)
    {
        if (to <= from)
            return from;
        var moment = random.NextInt64(from, to);
        for (var tries = 0; tries < 3; tries++)
        {
            var day = DateTimeOffset.FromUnixTimeMilliseconds(moment).UtcDateTime.DayOfWeek;
            if (day is not (DayOfWeek.Saturday or DayOfWeek.Sunday) || random.NextDouble() < 0.4)
                break;
            moment = random.NextInt64(from, to);
        }
        if (random.NextDouble() < 0.7)
        {
            var office = moment - moment % Day + 7 * 3_600_000 + random.NextInt64(0, 12 * 3_600_000);
            if (office >= from && office < to)
                moment = office;
        }
        return moment;
    }

    /// <summary>Sometimes moves <paramref name="moment"/> onto, or 1 ms either side of, a 15-minute slot or a UTC midnight.</summary>
    public static long Edge(Random random, long moment) => random.Next(100) switch
    {
        < 10 => moment - moment % Quarter + random.Next(-1, 2),
        < 13 => moment - moment % Day + random.Next(-1, 2),
        _ => moment,
    };
}
