namespace OmniCharts.Ingestor.Publishing;

/// <summary>
/// Collects events of one type until an envelope is full. Not thread-safe: <see cref="EventPublisher"/> guards it.
/// </summary>
internal sealed class EnvelopeBuffer<T>(int size, Func<IReadOnlyList<T>, object> envelope)
{
    private List<T> _events = new(size);
    private List<Action> _confirmed = new(size);

    /// <summary>Adds an event; returns the envelope to publish, with how many events it carries, when it made the buffer full, otherwise null.</summary>
    public (object Envelope, int Count, Action Confirmed)? Add(T @event, Action confirmed)
    {
        _events.Add(@event);
        _confirmed.Add(confirmed);
        return _events.Count >= size ? Take() : null;
    }

    /// <summary>The partial envelope, or null when nothing waits.</summary>
    public (object Envelope, int Count, Action Confirmed)? Take()
    {
        if (_events.Count == 0)
            return null;
        var confirmations = _confirmed;
        var taken = (envelope(_events), _events.Count, (Action)(() => confirmations.ForEach(confirmed => confirmed())));
        _events = new List<T>(size);
        _confirmed = new List<Action>(size);
        return taken;
    }
}
