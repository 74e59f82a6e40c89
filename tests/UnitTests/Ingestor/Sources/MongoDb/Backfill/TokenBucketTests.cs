using Microsoft.Extensions.Time.Testing;
using OmniCharts.Ingestor.Sources.MongoDb.Backfill;

namespace OmniCharts.UnitTests.Ingestor.Sources.MongoDb.Backfill;

public class TokenBucketTests
{
    [Fact]
    public async Task The_first_seconds_worth_passes_at_once()
    {
        var bucket = new TokenBucket(100, new FakeTimeProvider());

        await bucket.ChargeAsync(60, CancellationToken.None);
        await bucket.ChargeAsync(40, CancellationToken.None);

        Assert.Equal(TimeSpan.Zero, bucket.Waited);
        Assert.Equal(100, bucket.Charged);
    }

    [Fact]
    public async Task A_page_past_the_tokens_waits_until_its_debt_is_repaid()
    {
        var time = new FakeTimeProvider();
        var bucket = new TokenBucket(100, time);
        await bucket.ChargeAsync(100, CancellationToken.None);

        var charge = bucket.ChargeAsync(50, CancellationToken.None).AsTask();
        time.Advance(TimeSpan.FromMilliseconds(499));
        var early = charge.IsCompleted;
        time.Advance(TimeSpan.FromMilliseconds(1));
        await charge;

        Assert.False(early);
        Assert.Equal(TimeSpan.FromSeconds(0.5), bucket.Waited);
    }

    [Fact]
    public async Task Idle_time_refills_but_never_beyond_one_seconds_worth()
    {
        var time = new FakeTimeProvider();
        var bucket = new TokenBucket(100, time);
        await bucket.ChargeAsync(100, CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(10));

        var charge = bucket.ChargeAsync(300, CancellationToken.None).AsTask();
        time.Advance(TimeSpan.FromSeconds(2));
        await charge;

        Assert.Equal(TimeSpan.FromSeconds(2), bucket.Waited);
    }

    [Fact]
    public async Task Rate_zero_never_waits()
    {
        var bucket = new TokenBucket(0, new FakeTimeProvider());

        await bucket.ChargeAsync(1_000_000, CancellationToken.None);

        Assert.Equal(TimeSpan.Zero, bucket.Waited);
        Assert.Equal(1_000_000, bucket.Charged);
    }
}
