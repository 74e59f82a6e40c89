namespace OmniCharts.ReadModel.Reading;

/// <summary>
/// The slot hashes of one metric and one month's days that a <see cref="SlotSeriesReader"/> has read, each with the
/// token of the version it was read under; index 0 is the month's first day, null where
/// the day was not read. Never changed once kept: a reader that reads more days keeps a new copy.
/// </summary>
internal sealed record KeptSlotMonth(DaySlots?[] Days, long[] Tokens)
{
    /// <summary>A month with no day read.</summary>
    public static KeptSlotMonth Empty { get; } = new(new DaySlots?[31], new long[31]);

    /// <summary>The slots of day <paramref name="day"/> (1..31) if they were read under <paramref name="token"/>; else null.</summary>
    public DaySlots? Get(int day, long token) => Days[day - 1] is { } slots && Tokens[day - 1] == token ? slots : null;

    /// <summary>This copy with the days of <paramref name="fresh"/> (day, slots, token) replaced.</summary>
    public KeptSlotMonth With(IEnumerable<(int Day, DaySlots Slots, long Token)> fresh)
    {
        var (days, tokens) = ((DaySlots?[])Days.Clone(), (long[])Tokens.Clone());
        foreach (var (day, slots, token) in fresh)
            (days[day - 1], tokens[day - 1]) = (slots, token);
        return new KeptSlotMonth(days, tokens);
    }
}
