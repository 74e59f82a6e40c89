using OmniCharts.ReadModel.Writing;

namespace OmniCharts.Benchmarks.Micro;

/// <summary>Deterministic room snapshots spread over 2026, for filling and updating buckets.</summary>
public static class SyntheticRooms
{
    private static readonly long YearStart = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    /// <summary>Room <paramref name="index"/> of <paramref name="count"/> at <paramref name="version"/>; metrics vary with the version.</summary>
    public static RoomSnapshot Room(int index, int count, long version, Func<int, RoomOverview>? overview = null)
    {
        var ts = YearStart + (long)index * (365L * 86_400_000 / count);
        var metrics = new RoomMetrics(60_000 + version % 5_000, 10_000 + version % 7_000, 20_000 + index % 3_000, 3_000 + version % 900);
        return new RoomSnapshot("r" + index, version, true, ts, "dep" + (index % 50), metrics, overview?.Invoke(index));
    }

    /// <summary>Writes rooms 0..count-1 at version 1, 500 in flight at a time (all at once would time out), with <paramref name="overview"/>'s fields when given.</summary>
    public static void Fill(ReadModelWriter writer, int count, Func<int, RoomOverview>? overview = null)
    {
        for (var first = 0; first < count; first += 500)
        {
            var chunk = Enumerable.Range(first, Math.Min(500, count - first));
            Task.WhenAll(chunk.Select(i => writer.ApplyRoomAsync(Room(i, count, 1, overview)))).GetAwaiter().GetResult();
        }
    }
}
