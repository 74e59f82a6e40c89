using OmniCharts.IntegrationTests.Infrastructure;
using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Runs;

namespace OmniCharts.IntegrationTests.ReadModel.Runs;

/// <summary>The run bitmaps on the real Redis: each event number counts once, whatever is marked again, in any order.</summary>
public sealed class RunProgressTests : IAsyncLifetime
{
    private const int Block = RunField.BlockEvents;
    private readonly RedisNamespace redis = new();
    private readonly string run = Guid.NewGuid().ToString("N");
    private RunProgressWriter writer = null!;
    private RunProgressReader reader = null!;

    [Fact]
    public async Task An_event_marked_again_is_counted_once()
    {
        await writer.MarkAsync(run, [new RunNumbers(0, 3)], []);
        await writer.MarkAsync(run, [new RunNumbers(1, 1), new RunNumbers(0, 3)], []);

        Assert.Equal(new RunOutcomes(3, 0, 3, 0), await reader.ReadAsync(run, 5));
    }

    [Fact]
    public async Task The_first_pending_number_is_the_lowest_one_not_marked()
    {
        await writer.MarkAsync(run, [new RunNumbers(0, 4), new RunNumbers(5, 95)], []);

        var outcomes = await reader.ReadAsync(run, 100);

        Assert.Equal((99L, 4L), (outcomes.Done, outcomes.FirstPending));
        Assert.False(outcomes.Covers(100));
        await writer.MarkAsync(run, [new RunNumbers(4, 1)], []);
        Assert.True((await reader.ReadAsync(run, 100)).Covers(100));
    }

    [Fact]
    public async Task A_failed_event_counts_once_as_failed_and_its_latest_outcome_wins()
    {
        await writer.MarkAsync(run, [new RunNumbers(0, 10)], [new RunNumbers(10, 2)]);
        await writer.MarkAsync(run, [], [new RunNumbers(10, 2)]);
        Assert.Equal(new RunOutcomes(12, 2, 12, 0), await reader.ReadAsync(run, 12));

        // Moved back from the error queue and applied; and an applied event redelivered that then failed.
        await writer.MarkAsync(run, [new RunNumbers(11, 1)], []);
        await writer.MarkAsync(run, [], [new RunNumbers(3, 1)]);

        var outcomes = await reader.ReadAsync(run, 12);
        Assert.Equal((12L, 2L, 10L), (outcomes.Done, outcomes.Failed, outcomes.Applied));
    }

    [Fact]
    public async Task Ranges_wider_than_a_bitfield_and_across_blocks_mark_every_number_in_them()
    {
        await writer.MarkAsync(run, [new RunNumbers(Block - 70, 100), new RunNumbers(Block + 200, 33)], []);

        var outcomes = await reader.ReadAsync(run, Block + 300);

        Assert.Equal((133L, 0L), (outcomes.Done, outcomes.FirstPending));
        Assert.Equal(70, await redis.Database.StringBitCountAsync(redis.Keys.RunBlock(run, RunField.DoneBitmap, 0)));
        Assert.Equal(63, await redis.Database.StringBitCountAsync(redis.Keys.RunBlock(run, RunField.DoneBitmap, 1)));
    }

    [Fact]
    public async Task Complete_blocks_are_folded_into_counters_and_marks_below_them_change_nothing()
    {
        await writer.MarkAsync(run, [new RunNumbers(0, 2 * Block + 5)], [new RunNumbers(Block + 7, 1), new RunNumbers(2 * Block + 9, 1)]);

        var outcomes = await reader.ReadAsync(run, 3 * Block, published: 2 * Block + 10);

        Assert.Equal(new RunOutcomes(2 * Block + 6, 2, 2 * Block + 5, 0), outcomes);
        Assert.False(await redis.Database.KeyExistsAsync(redis.Keys.RunBlock(run, RunField.DoneBitmap, 0)));
        Assert.False(await redis.Database.KeyExistsAsync(redis.Keys.RunBlock(run, RunField.FailedBitmap, 1)));
        var hash = (await redis.Database.HashGetAllAsync(redis.Keys.Run(run))).ToDictionary(e => e.Name.ToString(), e => (long)e.Value);
        Assert.Equal(new Dictionary<string, long> { [RunField.DoneBelow] = 2 * Block, [RunField.FailedBelow] = 1, [RunField.Published] = 2 * Block + 10 }, hash);

        await writer.MarkAsync(run, [new RunNumbers(3, 1)], [new RunNumbers(Block + 1, 1)]);

        Assert.Equal(outcomes, await reader.ReadAsync(run, 3 * Block));
        Assert.False(await redis.Database.KeyExistsAsync(redis.Keys.RunBlock(run, RunField.DoneBitmap, 0)));
    }

    [Fact]
    public async Task The_hash_and_every_bitmap_expire_a_day_after_the_last_change()
    {
        await writer.MarkAsync(run, [new RunNumbers(0, 2)], [new RunNumbers(2, 1)]);
        await reader.ReadAsync(run, 3, published: 3);

        foreach (var key in new[] { redis.Keys.Run(run), redis.Keys.RunBlock(run, RunField.DoneBitmap, 0), redis.Keys.RunBlock(run, RunField.FailedBitmap, 0) })
        {
            var ttl = await redis.Database.KeyTimeToLiveAsync(key);
            Assert.True(ttl > RunField.Expiry - TimeSpan.FromMinutes(1) && ttl <= RunField.Expiry, $"{key}: {ttl}");
        }
    }

    public Task InitializeAsync()
    {
        writer = new RunProgressWriter(TestRedis.Connection, redis.Keys);
        reader = new RunProgressReader(TestRedis.Connection, redis.Keys);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await redis.DisposeAsync();
}
