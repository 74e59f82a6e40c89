namespace OmniCharts.Ingestor.Webhooks;

/// <summary>The webhook counters, shared by the endpoint, the worker, the metrics and the readiness body.</summary>
public sealed class WebhookCounters(RoomHintQueue queue, WebhookOptions options)
{
    private long _queued, _duplicate, _dropped, _ignored, _unauthorized, _malformed, _fetched, _notFound, _failed, _published;

    /// <summary>Counts what the queue did with a hint.</summary>
    public void Admitted(HintAdmission admission)
    {
        if (admission == HintAdmission.Queued)
            Interlocked.Increment(ref _queued);
        else if (admission == HintAdmission.Duplicate)
            Interlocked.Increment(ref _duplicate);
        else
            Interlocked.Increment(ref _dropped);
    }

    /// <summary>Counts a payload that names nothing to fetch.</summary>
    public void Ignored() => Interlocked.Increment(ref _ignored);

    /// <summary>Counts a request refused with 401 or 404.</summary>
    public void Unauthorized() => Interlocked.Increment(ref _unauthorized);

    /// <summary>Counts a request refused with 400.</summary>
    public void Malformed() => Interlocked.Increment(ref _malformed);

    /// <summary>Counts a fetched room and the events it published.</summary>
    public void Fetched(long published)
    {
        Interlocked.Increment(ref _fetched);
        Interlocked.Add(ref _published, published);
    }

    /// <summary>Counts a hint for a room the database does not hold.</summary>
    public void NotFound() => Interlocked.Increment(ref _notFound);

    /// <summary>Counts a failed fetch or publish.</summary>
    public void Failed() => Interlocked.Increment(ref _failed);

    /// <summary>The counters now.</summary>
    public WebhookFigures Read() => new(
        !string.IsNullOrEmpty(options.Token),
        Interlocked.Read(ref _queued), Interlocked.Read(ref _duplicate), Interlocked.Read(ref _dropped),
        Interlocked.Read(ref _ignored), Interlocked.Read(ref _unauthorized), Interlocked.Read(ref _malformed),
        Interlocked.Read(ref _fetched), Interlocked.Read(ref _notFound), Interlocked.Read(ref _failed),
        Interlocked.Read(ref _published), queue.Count);
}
