namespace OmniCharts.Ingestor.Observability;

/// <summary>
/// The confirmed batches whose events the projector may not have accounted for yet, oldest first, as
/// (cumulative events published up to the batch, when the broker confirmed it). Given how many events the
/// projector accounted for, the first batch beyond that count is the oldest one still waiting.
/// </summary>
/// <remarks>
/// The count of events done is exact (each event is marked once, however often it is delivered), but with eight
/// queues the projector may finish a later event before an earlier one, so the oldest waiting batch is exact when
/// the queues drain in step and otherwise off by the spread between queues. Past <see cref="MaxBatches"/> waiting batches, the newest are merged into the last
/// one, which keeps the older time: the lag then errs high, never low.
/// </remarks>
public sealed class PublishedBatches
{
    /// <summary>How many waiting batches are kept apart.</summary>
    public const int MaxBatches = 4096;

    private readonly LinkedList<(long Cumulative, DateTimeOffset ConfirmedAt)> _waiting = new();
    private readonly Lock _gate = new();
    private long _total;

    /// <summary>Events published in every batch so far.</summary>
    public long Total => Interlocked.Read(ref _total);

    /// <summary>Records a batch of <paramref name="count"/> events the broker confirmed at <paramref name="confirmedAt"/>.</summary>
    public void Add(long count, DateTimeOffset confirmedAt)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        lock (_gate)
        {
            var cumulative = Interlocked.Add(ref _total, count);
            if (_waiting.Count >= MaxBatches)
                _waiting.Last!.Value = (cumulative, _waiting.Last.Value.ConfirmedAt);
            else
                _waiting.AddLast((cumulative, confirmedAt));
        }
    }

    /// <summary>When the oldest batch not covered by <paramref name="accounted"/> events was confirmed, or null when none waits.</summary>
    public DateTimeOffset? OldestWaiting(long accounted)
    {
        lock (_gate)
        {
            while (_waiting.First is { } first && first.Value.Cumulative <= accounted)
                _waiting.RemoveFirst();
            return _waiting.First?.Value.ConfirmedAt;
        }
    }
}
