namespace OmniCharts.ReadModel.Reading;

/// <summary>The UTC days <paramref name="First"/>..<paramref name="Last"/>, inclusive.</summary>
/// <param name="First">The first day.</param>
/// <param name="Last">The last day, not before <paramref name="First"/>.</param>
public readonly record struct DayRange(DateOnly First, DateOnly Last)
{
    /// <summary>How many days.</summary>
    public int Count => Last.DayNumber - First.DayNumber + 1;

    /// <summary>Whether <paramref name="day"/> is inside.</summary>
    public bool Contains(DateOnly day) => day >= First && day <= Last;

    /// <summary>Where <paramref name="day"/> sits, 0 for <see cref="First"/>.</summary>
    public int IndexOf(DateOnly day) => day.DayNumber - First.DayNumber;
}
