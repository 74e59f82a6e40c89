using OmniCharts.Ingestor.Observability;

namespace OmniCharts.UnitTests.Ingestor.Observability;

public sealed class PublishedBatchesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 4, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Nothing_waits_before_anything_is_published()
    {
        Assert.Null(new PublishedBatches().OldestWaiting(accounted: 0));
    }

    [Fact]
    public void The_oldest_batch_beyond_the_accounted_count_is_the_one_waiting()
    {
        var batches = new PublishedBatches();
        batches.Add(3, T0);
        batches.Add(2, T0.AddSeconds(1));
        batches.Add(4, T0.AddSeconds(2));

        Assert.Equal(
            [T0, T0, T0.AddSeconds(1), T0.AddSeconds(2), T0.AddSeconds(2), null],
            new long[] { 0, 2, 3, 5, 8, 9 }.Select(accounted => batches.OldestWaiting(accounted)));
        Assert.Equal(9, batches.Total);
    }

    [Fact]
    public void Accounting_for_more_than_was_published_leaves_nothing_waiting()
    {
        var batches = new PublishedBatches();
        batches.Add(2, T0);

        Assert.Null(batches.OldestWaiting(accounted: 5));
    }

    [Fact]
    public void Past_the_limit_new_batches_merge_into_the_last_one_keeping_its_older_time()
    {
        var batches = new PublishedBatches();
        for (var i = 0; i < PublishedBatches.MaxBatches + 10; i++)
            batches.Add(1, T0.AddSeconds(i));

        var lastKept = T0.AddSeconds(PublishedBatches.MaxBatches - 1);
        Assert.Equal(lastKept, batches.OldestWaiting(accounted: PublishedBatches.MaxBatches - 1));
        Assert.Null(batches.OldestWaiting(accounted: PublishedBatches.MaxBatches + 10));
    }

    [Fact]
    public void A_batch_of_nothing_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PublishedBatches().Add(0, T0));
    }
}
