using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Reading;

namespace OmniCharts.UnitTests.ReadModel.Reading;

public sealed class BucketSourceTests
{
    private static readonly DateOnly Day = new(2026, 3, 7);

    [Fact]
    public void Slots_across_days_are_whole_days_and_two_partial_runs()
    {
        var cells = BucketSource.OfSlots(new UtcSlot(Day, 73), new UtcSlot(Day.AddDays(3), 72));

        Assert.Equal([Day.AddDays(1), Day.AddDays(2)], cells.Days);
        Assert.Equal([new SlotRun(Day, 73, 95), new SlotRun(Day.AddDays(3), 0, 72)], cells.Runs);
    }

    [Fact]
    public void Whole_days_at_either_end_are_read_as_days()
    {
        var cells = BucketSource.OfSlots(new UtcSlot(Day, 0), new UtcSlot(Day.AddDays(1), 95));

        Assert.Equal([Day, Day.AddDays(1)], cells.Days);
        Assert.Empty(cells.Runs);
        Assert.Equal([new SlotRun(Day, 4, 7)], BucketSource.OfSlots(new UtcSlot(Day, 4), new UtcSlot(Day, 7)).Runs);
    }

    [Fact]
    public void A_reversed_run_is_empty_and_months_restrict_the_days()
    {
        Assert.Same(BucketSource.Empty, BucketSource.OfSlots(new UtcSlot(Day, 5), new UtcSlot(Day, 4)));

        var cells = BucketSource.OfSlots(new UtcSlot(new(2000, 1, 1), 0), new UtcSlot(new(2400, 1, 31), 95), [new DateOnly(2026, 2, 1)]);
        Assert.Equal(28, cells.Days.Count);
        Assert.Equal(new DateOnly(2026, 2, 1), cells.Days[0]);
    }
}
