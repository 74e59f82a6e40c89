using BenchmarkDotNet.Attributes;
using OmniCharts.ReadModel.Writing;

namespace OmniCharts.Benchmarks.Micro;

/// <summary>
/// The bucket update: <see cref="ReadModelWriter.ApplyRoomAsync"/> against the real Redis. Every call carries a
/// newer version with other metrics, so the script subtracts the old contribution, adds the new one and
/// re-indexes the first response (the projector's worst common case); a stale call only checks the version.
/// </summary>
public class RoomWriteBenchmarks
{
    private const int Rooms = 10_000;
    private BenchRedis redis = null!;
    private ReadModelWriter writer = null!;
    private long version = 1_000;
    private int next;

    /// <summary>Fills <see cref="Rooms"/> rooms so updates hit existing state.</summary>
    [GlobalSetup]
    public void Setup()
    {
        redis = new BenchRedis();
        writer = new ReadModelWriter(redis.Connection, redis.Keys);
        SyntheticRooms.Fill(writer, Rooms);
    }

    /// <summary>Deletes the namespace.</summary>
    [GlobalCleanup]
    public void Cleanup() => redis.Dispose();

    /// <summary>One update, awaited: a full round trip, as one consumer applies one event.</summary>
    [Benchmark]
    public Task<bool> Update_one_room() => writer.ApplyRoomAsync(SyntheticRooms.Room(next++ % Rooms, Rooms, ++version));

    /// <summary>A duplicate: the version guard rejects it.</summary>
    [Benchmark]
    public Task<bool> Stale_update() => writer.ApplyRoomAsync(SyntheticRooms.Room(7, Rooms, 1));

    /// <summary>100 updates in flight together: what a batch consumer or a pipelined writer could reach.</summary>
    [Benchmark(OperationsPerInvoke = 100)]
    public Task Update_100_rooms_pipelined() =>
        Task.WhenAll(Enumerable.Range(0, 100).Select(_ => writer.ApplyRoomAsync(SyntheticRooms.Room(next++ % Rooms, Rooms, ++version))));

    /// <summary>One message insert that counts (the most frequent event of a replay).</summary>
    [Benchmark]
    public Task<bool> Insert_one_message() =>
        writer.ApplyMessageAsync(new MessageSnapshot("m" + (++version), "r" + (next++ % Rooms), version, MessageCount.Both));
}
