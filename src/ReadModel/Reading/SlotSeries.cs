namespace OmniCharts.ReadModel.Reading;

/// <summary>
/// One metric's slot hashes of whole UTC days, each as an array of 96 values (<see cref="SettledMonthCache.Absent"/>
/// where a slot has no field): what the overview adds up per local day and hour. Days that were not read are null.
/// </summary>
public sealed class SlotSeries
{
    private readonly Dictionary<DateOnly, long[]> days;

    internal SlotSeries(Dictionary<DateOnly, long[]> days) => this.days = days;

    /// <summary>Whether <paramref name="day"/> was read.</summary>
    public bool Holds(DateOnly day) => days.ContainsKey(day);

    /// <summary>The 96 slots of <paramref name="day"/> (never changed), or an empty span when it was not read.</summary>
    public ReadOnlySpan<long> Day(DateOnly day) => days.TryGetValue(day, out var slots) ? slots : [];

    /// <summary>The days read, in no particular order.</summary>
    public IEnumerable<DateOnly> Days => days.Keys;
}
