namespace OmniCharts.Ingestor.Documents;

/// <summary>What to do with one Rocket.Chat document.</summary>
public enum OutcomeKind
{
    /// <summary>The document maps to an event to publish.</summary>
    Publish,

    /// <summary>The document is valid but does not concern the charts (e.g. a direct-message room).</summary>
    Skip,

    /// <summary>The document cannot be mapped; the reason says why.</summary>
    Reject,
}
