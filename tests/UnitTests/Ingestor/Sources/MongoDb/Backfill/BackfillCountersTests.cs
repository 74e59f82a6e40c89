using Microsoft.Extensions.Time.Testing;
using OmniCharts.Ingestor.Sources.MongoDb.Backfill;

namespace OmniCharts.UnitTests.Ingestor.Sources.MongoDb.Backfill;

public class BackfillCountersTests
{
    [Fact]
    public void Progress_shows_done_of_expected_the_rate_and_the_time_left()
    {
        var time = new FakeTimeProvider();
        var counters = new BackfillCounters("rocketchat_room", time) { Expected = 1000 };
        for (var i = 0; i < 250; i++)
            counters.CountRead();
        counters.CountSkipped();
        time.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal("rocketchat_room: 250/1000 (25%), published 0, skipped 1, rejected 0, unversioned 0, 50/s, ETA 0:00:15", counters.Describe(final: false));
        Assert.Equal("rocketchat_room: read 250, published 0, skipped 1, rejected 0, unversioned 0 in 5.0 s (50/s)", counters.Describe(final: true));
    }

    [Fact]
    public void An_estimated_total_is_marked_and_never_shown_below_what_was_read()
    {
        var time = new FakeTimeProvider();
        var counters = new BackfillCounters("rocketchat_message", time) { Expected = 2, ExpectedIsEstimate = true };
        for (var i = 0; i < 4; i++)
            counters.CountRead();
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.StartsWith("rocketchat_message: 4/~4 (100%),", counters.Describe(final: false), StringComparison.Ordinal);
    }
}
