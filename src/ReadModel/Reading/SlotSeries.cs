namespace OmniCharts.ReadModel.Reading;

/// <summary>
/// One metric's slot hashes of whole UTC days (<see cref="DaySlots"/>): what the overview adds up per local day and
/// hour. Days that were not read are absent.
/// </summary>
public sealed class SlotSeries
{
    private readonly Dictionary<DateOnly, DaySlots> days;

    internal SlotSeries(Dictionary<DateOnly, DaySlots> days) => this.days = days;

    /// <summary>Whether <paramref name="day"/> was read.</summary>
    public bool Holds(DateOnly day) => days.ContainsKey(day);

    /// <summary>The slots of <paramref name="day"/>, or null when it was not read.</summary>
    public DaySlots? Day(DateOnly day) => days.GetValueOrDefault(day);
}
