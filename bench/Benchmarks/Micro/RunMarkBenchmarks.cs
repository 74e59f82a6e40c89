using BenchmarkDotNet.Attributes;
using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Runs;
using StackExchange.Redis;

namespace OmniCharts.Benchmarks.Micro;

/// <summary>
/// What the Projector adds to a batch to track its run: one round trip to the real Redis per batch and run. Before the
/// run bitmaps it was a transaction of HINCRBY and EXPIRE (<see cref="Count_batch_as_before"/>, kept here as the
/// baseline); now one script marks each event's number (<see cref="RunProgressWriter.MarkAsync"/>). A batch of 100
/// single events of one queue carries scattered numbers (the other queues took the ones between); an envelope carries
/// 100 consecutive ones.
/// </summary>
public class RunMarkBenchmarks
{
    private const int BatchSize = 100;
    private const int Queues = 8;
    private BenchRedis redis = null!;
    private RunProgressWriter writer = null!;
    private readonly string run = Guid.NewGuid().ToString("N");
    private long next;

    /// <summary>Connects.</summary>
    [GlobalSetup]
    public void Setup()
    {
        redis = new BenchRedis();
        writer = new RunProgressWriter(redis.Connection, redis.Keys);
    }

    /// <summary>Deletes the namespace.</summary>
    [GlobalCleanup]
    public void Cleanup() => redis.Dispose();

    /// <summary>The batch's count before the bitmaps: a redelivered event was counted again.</summary>
    [Benchmark(Baseline = true)]
    public async Task Count_batch_as_before()
    {
        var key = redis.Keys.Run(run);
        var transaction = redis.Connection.GetDatabase().CreateTransaction();
        var increment = transaction.HashIncrementAsync(key, "applied", BatchSize);
        var expire = transaction.KeyExpireAsync(key, RunField.Expiry);
        await transaction.ExecuteAsync();
        await Task.WhenAll(increment, expire);
    }

    /// <summary>A batch of 100 single events whose numbers are 8 apart.</summary>
    [Benchmark]
    public Task Mark_batch_of_100_scattered_numbers()
    {
        var first = Interlocked.Add(ref next, BatchSize * Queues) - BatchSize * Queues;
        return writer.MarkAsync(run, Enumerable.Range(0, BatchSize).Select(i => new RunNumbers(first + i * Queues, 1)), []);
    }

    /// <summary>An envelope of 100 events.</summary>
    [Benchmark]
    public Task Mark_envelope_of_100()
    {
        var first = Interlocked.Add(ref next, BatchSize) - BatchSize;
        return writer.MarkAsync(run, [new RunNumbers(first, BatchSize)], []);
    }
}
