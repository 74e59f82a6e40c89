using OmniCharts.QueryApi.Reporting;
using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Reading;

namespace OmniCharts.QueryApi.Overview.Requests;

/// <summary>
/// analytics-overview.md §2: <see cref="From"/> is local midnight starting the <c>from</c> date, <see cref="To"/> the last
/// millisecond of the <c>to</c> date, both Unix ms in the reporting zone; a room is in range when <c>From ≤ ts ≤ To</c>.
/// In every real zone both ends lie on 15-minute UTC boundaries, so the range is a run of whole slots.
/// </summary>
/// <param name="From">The first millisecond.</param>
/// <param name="To">The last millisecond; before <paramref name="From"/> in a reversed range.</param>
public sealed record LocalRange(long From, long To)
{
    private const long DayMs = 86_400_000;
    private static readonly TimeOnly LastMillisecond = new(23, 59, 59, 999);
    private static readonly long FirstInstant = DateTimeOffset.MinValue.ToUnixTimeMilliseconds();
    private static readonly long LastInstant = DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();

    /// <summary>The range of local dates <paramref name="from"/>..<paramref name="to"/> in <paramref name="zone"/>.</summary>
    public static LocalRange Of(DateOnly from, DateOnly to, TimeZoneInfo zone) => new(
        WallClock.ToUnixMilliseconds(from.ToDateTime(TimeOnly.MinValue), zone),
        WallClock.ToUnixMilliseconds(to.ToDateTime(LastMillisecond), zone));

    /// <summary>No room can be in range.</summary>
    public bool IsEmpty => To < From || To < FirstInstant || From > LastInstant;

    /// <summary>trunc((To − From) / 1 day) + 1, the divisor of Conversations_per_day (0 or less when reversed).</summary>
    public long Days => (To - From) / DayMs + 1;

    /// <summary>The slot of <see cref="From"/> (clamped to the instants a room can have).</summary>
    public UtcSlot FirstSlot => UtcSlot.Of(Math.Clamp(From, FirstInstant, LastInstant));

    /// <summary>The slot of <see cref="To"/>; <see cref="To"/> is its last millisecond.</summary>
    public UtcSlot LastSlot => UtcSlot.Of(Math.Clamp(To, FirstInstant, LastInstant));

    /// <summary>The cells of the range: whole UTC days and the partial first and last days' slots; only days of <paramref name="months"/> when given.</summary>
    public BucketSource Cells(IReadOnlyCollection<DateOnly>? months = null) =>
        IsEmpty ? BucketSource.Empty : BucketSource.OfSlots(FirstSlot, LastSlot, months);
}
