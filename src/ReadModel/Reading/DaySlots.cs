using OmniCharts.ReadModel.Keys;
using StackExchange.Redis;

namespace OmniCharts.ReadModel.Reading;

/// <summary>
/// One metric's 96 slot values of one UTC day as read (<see cref="SettledMonthCache.Absent"/> where a slot has no
/// field), with running sums of the positive ones, so that any run of slots adds up in two lookups: a 365-day overview
/// then sums local days without walking 35,040 slots. Never changed once made.
/// </summary>
public sealed class DaySlots
{
    private readonly long[] values;
    private readonly long[] prefix;

    private DaySlots(long[] values)
    {
        this.values = values;
        prefix = new long[values.Length + 1];
        for (var i = 0; i < values.Length; i++)
            prefix[i + 1] = prefix[i] + Math.Max(values[i], 0);
    }

    /// <summary>The 96 values, <see cref="SettledMonthCache.Absent"/> where a slot has no field.</summary>
    public ReadOnlySpan<long> Values => values;

    /// <summary>Σ of the positive values of slots <paramref name="first"/>..<paramref name="last"/> − 1 (none when <paramref name="last"/> ≤ <paramref name="first"/>).</summary>
    public long Sum(int first, int last) => last <= first ? 0 : prefix[last] - prefix[first];

    /// <summary>A day from the fields and values of its slot hash (fields 00..95).</summary>
    internal static DaySlots Of(HashEntry[] entries)
    {
        var values = new long[UtcSlot.PerDay];
        Array.Fill(values, SettledMonthCache.Absent);
        foreach (var entry in entries)
            values[(int)entry.Name] = (long)entry.Value;
        return new DaySlots(values);
    }
}
