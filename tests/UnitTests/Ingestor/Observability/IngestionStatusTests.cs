using Microsoft.Extensions.Time.Testing;
using OmniCharts.Ingestor.Observability;

namespace OmniCharts.UnitTests.Ingestor.Observability;

public sealed class IngestionStatusTests
{
    [Fact]
    public void Published_is_the_sum_over_sources_and_each_batch_is_dated_when_confirmed()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 4, 10, 0, 0, TimeSpan.Zero));
        var status = new IngestionStatus(clock);
        var confirmedFirst = clock.GetUtcNow();

        status.Confirmed("changestream", "token-1", confirmedFirst.AddSeconds(-1), published: 3);
        clock.Advance(TimeSpan.FromSeconds(5));
        status.Confirmed("webhook", "room-1", confirmedFirst, published: 2);
        status.Confirmed("poll:rocketchat_room", "1000:a", confirmedFirst, published: 0);

        Assert.Equal(5, status.Published);
        Assert.Equal([confirmedFirst, clock.GetUtcNow(), null], new long[] { 2, 3, 5 }.Select(accounted => status.OldestWaiting(accounted)));
        Assert.Equal(3, status.Sources.Count);
    }
}
