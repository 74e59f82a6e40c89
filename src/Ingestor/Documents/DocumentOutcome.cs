namespace OmniCharts.Ingestor.Documents;

/// <summary>The result of mapping one document: an event to publish, or why it was skipped or rejected.</summary>
public sealed record DocumentOutcome
{
    private DocumentOutcome(OutcomeKind kind, object? @event, string? reason)
    {
        Kind = kind;
        Event = @event;
        Reason = reason;
    }

    /// <summary>Whether the event is published, skipped or rejected.</summary>
    public OutcomeKind Kind { get; }

    /// <summary>The contract event when <see cref="Kind"/> is <see cref="OutcomeKind.Publish"/>.</summary>
    public object? Event { get; }

    /// <summary>Why the document was skipped or rejected.</summary>
    public string? Reason { get; }

    /// <summary>True when the document had no <c>_updatedAt</c>: its event carries the oldest version, 0.</summary>
    public bool Unversioned { get; init; }

    /// <summary>Publish <paramref name="event"/>.</summary>
    public static DocumentOutcome Publish(object @event) => new(OutcomeKind.Publish, @event, null);

    /// <summary>Skip the document for <paramref name="reason"/>.</summary>
    public static DocumentOutcome Skip(string reason) => new(OutcomeKind.Skip, null, reason);

    /// <summary>Reject the document for <paramref name="reason"/>.</summary>
    public static DocumentOutcome Reject(string reason) => new(OutcomeKind.Reject, null, reason);
}
