using OmniCharts.ReadModel.Runs;

namespace OmniCharts.UnitTests.ReadModel.Runs;

public sealed class RunNumbersTests
{
    [Fact]
    public void Coalesce_sorts_and_merges_adjacent_and_overlapping_ranges()
    {
        RunNumbers[] ranges = [new(7, 1), new(0, 2), new(2, 3), new(9, 4), new(8, 1), new(20, 1), new(3, 1)];

        Assert.Equal([new RunNumbers(0, 5), new RunNumbers(7, 6), new RunNumbers(20, 1)], RunNumbers.Coalesce(ranges));
    }

    [Fact]
    public void Coalesce_of_nothing_is_nothing()
    {
        Assert.Empty(RunNumbers.Coalesce([]));
    }
}
