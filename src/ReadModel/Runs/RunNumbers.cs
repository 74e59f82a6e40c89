namespace OmniCharts.ReadModel.Runs;

/// <summary>
/// Consecutive event numbers of one run: <paramref name="First"/> … <paramref name="First"/> + <paramref name="Count"/> − 1.
/// A single event carries one number, an envelope one per event, in order.
/// </summary>
/// <param name="First">The first number, from 0.</param>
/// <param name="Count">How many numbers, at least 1.</param>
public readonly record struct RunNumbers(long First, int Count)
{
    /// <summary>One past the last number.</summary>
    public long End => First + Count;

    /// <summary>
    /// The same numbers as fewer ranges: sorted, overlapping and adjacent ranges merged. A batch's events of one queue
    /// often follow each other, and each range costs the marking script a bitfield operation.
    /// </summary>
    public static List<RunNumbers> Coalesce(IEnumerable<RunNumbers> ranges)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        var merged = new List<RunNumbers>();
        foreach (var range in ranges.Where(range => range.Count > 0).OrderBy(range => range.First))
        {
            if (merged.Count > 0 && merged[^1].End >= range.First)
            {
                var last = merged[^1];
                merged[^1] = last with { Count = checked((int)(Math.Max(last.End, range.End) - last.First)) };
            }
            else
                merged.Add(range);
        }

        return merged;
    }
}
