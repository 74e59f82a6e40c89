namespace OmniCharts.Reference.Histories;

/// <summary>Times and durations that make histories hard: DST transitions, slot boundaries, half-cent ties.</summary>
internal static class Moments
{
    // US and EU spring-forward and fall-back days, and Chile's midnight gap and midnight fall-back.
    private static readonly DateOnly[] Transitions =
    [
        new(2026, 3, 8), new(2026, 3, 29), new(2026, 4, 5), new(2026, 9, 6), new(2026, 10, 25), new(2026, 11, 1),
    ];

    private const long Quarter = 15 * 60 * 1000;

    /// <summary>UTC midnight of the day before a DST transition; rooms spread over the next three days.</summary>
    public static DateTimeOffset WindowStart(Random random) =>
        new(Transitions[random.Next(Transitions.Length)].AddDays(-1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>A creation time in the window: often exactly on, or 1 ms either side of, a 15-minute boundary.</summary>
    public static long RoomTs(Random random, DateTimeOffset windowStart)
    {
        var boundary = windowStart.ToUnixTimeMilliseconds() + random.Next(0, 3 * 96) * Quarter;
        return random.Next(5) switch
        {
            0 or 1 => boundary,
            2 => boundary - 1,
            3 => boundary + 1,
            _ => boundary + random.Next(0, (int)Quarter),
        };
    }

    /// <summary>
    /// Seconds with millisecond precision: some on a half cent (x.xx5), some whole and stored as int32 the way
    /// the MongoDB driver stores an integral JS number.
    /// </summary>
    public static MongoDB.Bson.BsonValue Seconds(Random random) => random.Next(6) switch
    {
        0 => new MongoDB.Bson.BsonDouble((random.Next(0, 20_000) * 10 + 5) / 1000.0),
        1 => new MongoDB.Bson.BsonInt32(random.Next(1, 1_800)),
        _ => new MongoDB.Bson.BsonDouble(random.Next(1, 1_800_000) / 1000.0),
    };
}
