namespace OmniCharts.Ingestor.Sources.MongoDb.Backfill;

/// <summary>
/// Holds reads to <c>rate</c> documents per second on average with bursts of at most one second's worth. A page
/// is charged after it was read, so the bucket may go into debt; the next read waits until the debt is repaid.
/// </summary>
public sealed class TokenBucket
{
    private readonly double _rate;
    private readonly TimeProvider _time;
    private double _tokens;
    private long _refilled;

    /// <summary>A bucket of <paramref name="ratePerSecond"/> tokens a second (0: unlimited), starting full.</summary>
    public TokenBucket(double ratePerSecond, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ratePerSecond);
        _rate = ratePerSecond;
        _time = time;
        _tokens = ratePerSecond;
        _refilled = time.GetTimestamp();
    }

    /// <summary>Documents charged so far.</summary>
    public long Charged { get; private set; }

    /// <summary>How long the bucket has made reads wait, in total.</summary>
    public TimeSpan Waited { get; private set; }

    /// <summary>Charges <paramref name="documents"/> tokens and, when that leaves a debt, waits it off.</summary>
    public async ValueTask ChargeAsync(int documents, CancellationToken cancellationToken)
    {
        Charged += documents;
        if (_rate == 0 || documents == 0)
            return;
        Refill();
        _tokens -= documents;
        if (_tokens >= 0)
            return;
        var wait = TimeSpan.FromSeconds(-_tokens / _rate);
        Waited += wait;
        await Task.Delay(wait, _time, cancellationToken);
        Refill();
    }

    private void Refill()
    {
        var now = _time.GetTimestamp();
        _tokens = Math.Min(_rate, _tokens + _time.GetElapsedTime(_refilled, now).TotalSeconds * _rate);
        _refilled = now;
    }
}
