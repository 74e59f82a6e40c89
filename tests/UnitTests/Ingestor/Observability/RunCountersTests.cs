using OmniCharts.Ingestor.Observability;

namespace OmniCharts.UnitTests.Ingestor.Observability;

public sealed class RunCountersTests
{
    [Theory]
    [InlineData(10, 4, 1, 5)]
    [InlineData(10, 10, 0, 0)]
    [InlineData(10, 8, 2, 0)]
    [InlineData(3, 5, 0, 0)]
    public void The_backlog_is_what_is_neither_applied_nor_failed_and_never_negative(long published, long applied, long failed, long backlog)
    {
        Assert.Equal(backlog, new RunCounters(published, applied, failed).Backlog);
    }
}
