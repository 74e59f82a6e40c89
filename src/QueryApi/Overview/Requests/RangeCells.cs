using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Reading;
using StackExchange.Redis;
using SlotRange = OmniCharts.ReadModel.Reading.SlotRange;

namespace OmniCharts.QueryApi.Overview.Requests;

/// <summary>
/// The cells of one measure a request has read: the pieces of its prefetch, and, when the range in the caller's zone
/// falls outside them, the range's exact cells read in one more round trip. The pieces only decide how many round
/// trips, never the numbers.
/// </summary>
internal sealed class RangeCells(IConnectionMultiplexer redis, BucketReader reader, SeriesScope scope, BucketMeasure measure, RedisKeySchema keys)
{
    private readonly List<Task<BucketCells>> pieces = [];

    /// <summary>Adds the read of <paramref name="window"/> to <paramref name="batch"/>.</summary>
    public Task Queue(IBatch batch, CellWindow window)
    {
        var piece = reader.Queue(batch, scope, measure, window, keys);
        pieces.Add(piece);
        return piece;
    }

    /// <summary>Each metric's sum over <paramref name="cells"/>, from the pieces or, when they miss a cell, from an exact read.</summary>
    public async Task<long[]> SumEachAsync(BucketSource cells)
    {
        var read = await Task.WhenAll(pieces).ConfigureAwait(false);
        if (TrySumEach(read, cells) is { } sums)
            return sums;
        var exact = await ReadAsync(ExactWindows(cells)).ConfigureAwait(false);
        return TrySumEach(exact, cells) ?? throw new InvalidOperationException("The exact read does not hold the range.");
    }

    // Every window in one batch: one more round trip.
    private async Task<BucketCells[]> ReadAsync(IEnumerable<CellWindow> windows)
    {
        var batch = redis.GetDatabase().CreateBatch();
        var reads = windows.Select(w => reader.Queue(batch, scope, measure, w, keys)).ToList();
        batch.Execute();
        return await Task.WhenAll(reads).ConfigureAwait(false);
    }

    private static long[]? TrySumEach(IReadOnlyList<BucketCells> read, BucketSource cells)
    {
        // The whole days of one month lie in one piece (a prefetch holds them all, an exact read one per month): all
        // days at once when one piece holds them, else month by month.
        var sums = SumInOnePiece(read, new BucketSource(cells.Days, []));
        var days = sums is not null ? [] : cells.Days.GroupBy(d => (d.Year, d.Month)).Select(g => new BucketSource([.. g], []));
        foreach (var part in days.Concat(cells.Runs.Select(BucketSource.OfRun)))
        {
            var partSums = SumInOnePiece(read, part);
            if (partSums is null)
                return null;
            sums ??= new long[partSums.Length];
            for (var m = 0; m < sums.Length; m++)
                sums[m] += partSums[m];
        }

        return sums ?? (read.Count > 0 ? new long[read[0].TrySumEach(BucketSource.Empty)!.Length] : null);
    }

    // The sums of the first piece that holds every cell of `part`, or null when none does.
    private static long[]? SumInOnePiece(IReadOnlyList<BucketCells> read, BucketSource part) =>
        read.Select(piece => piece.TrySumEach(part)).FirstOrDefault(s => s is not null);

    // One day window per month (the whole days of a month are consecutive) and one slot window per run.
    private static IEnumerable<CellWindow> ExactWindows(BucketSource cells) =>
        cells.Days.GroupBy(d => (d.Year, d.Month)).Select(g => new CellWindow(new DayRange(g.Min(), g.Max()), null))
            .Concat(cells.Runs.Select(r => new CellWindow(null, new SlotRange(new UtcSlot(r.Day, r.First), new UtcSlot(r.Day, r.Last)))))
            .DefaultIfEmpty(CellWindow.Empty);
}
