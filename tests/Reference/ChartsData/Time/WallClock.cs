namespace OmniCharts.Reference.ChartsData.Time;

/// <summary>Turns a local wall-clock time in a zone into a UTC instant the way moment-timezone parses it.</summary>
internal static class WallClock
{
    /// <summary>
    /// Unix milliseconds of <paramref name="local"/> in <paramref name="zone"/>. A time in a DST gap keeps the
    /// offset in force before the gap (so it moves forward by the gap: midnight in a midnight gap becomes the
    /// first valid instant); an ambiguous time takes the earlier instant (the larger offset), like moment.
    /// </summary>
    public static long ToUnixMilliseconds(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        TimeSpan offset;
        if (zone.IsInvalidTime(local))
            offset = zone.GetUtcOffset(local.AddDays(-1));
        else if (zone.IsAmbiguousTime(local))
            offset = zone.GetAmbiguousTimeOffsets(local).Max();
        else
            offset = zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUnixTimeMilliseconds();
    }
}
