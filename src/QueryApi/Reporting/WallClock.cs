namespace OmniCharts.QueryApi.Reporting;

/// <summary>
/// Turns a local wall-clock time into an instant the way moment-timezone does, which is what Rocket.Chat
/// uses: a time that occurs twice (DST fall-back) takes the earlier instant, and a time that does not exist
/// (DST gap, e.g. midnight in America/Santiago) is read with the offset in force before the gap, which moves
/// it forward by the gap's length — to the first valid instant when the gap starts at that time.
/// </summary>
/// <remarks>
/// moment-timezone reads a gap with the offset after it instead when the period before the gap was itself a
/// summer period (a rule change such as Pacific/Apia skipping 2011-12-30); .NET's own data for that day is
/// unreliable, so that case is left as is.
/// </remarks>
public static class WallClock
{
    /// <summary>The instant of <paramref name="wallClock"/> (its Kind is ignored) in <paramref name="zone"/>.</summary>
    public static DateTimeOffset ToInstant(DateTime wallClock, TimeZoneInfo zone)
    {
        var local = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        var offset = OffsetOf(local, zone);
        return new DateTimeOffset(local.Ticks - offset.Ticks, TimeSpan.Zero);
    }

    /// <summary>
    /// The same instant in Unix milliseconds, without the range of <see cref="DateTimeOffset"/>: local midnight of
    /// 0001-01-01 east of UTC lies before it and must not fail a request that only finds no room there.
    /// </summary>
    public static long ToUnixMilliseconds(DateTime wallClock, TimeZoneInfo zone)
    {
        var local = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        return (local.Ticks - OffsetOf(local, zone).Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMillisecond;
    }

    private static TimeSpan OffsetOf(DateTime local, TimeZoneInfo zone)
    {
        if (zone.IsAmbiguousTime(local))
            return zone.GetAmbiguousTimeOffsets(local).Max();
        if (!zone.IsInvalidTime(local))
            return zone.GetUtcOffset(local);

        // Walk back to the last wall time before the gap; gaps are at most a day long (Pacific/Apia, 2011).
        var before = local;
        for (var step = 0; step < 100 && zone.IsInvalidTime(before); step++)
            before = before.AddMinutes(-30);
        return OffsetOf(before, zone);
    }
}
