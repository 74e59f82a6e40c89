namespace OmniCharts.Ingestor.Webhooks;

/// <summary>What <see cref="RoomHintQueue"/> did with a hint.</summary>
public enum HintAdmission
{
    /// <summary>The room will be fetched.</summary>
    Queued,

    /// <summary>The room was already waiting: one fetch serves both hints.</summary>
    Duplicate,

    /// <summary>The queue is full: the hint is dropped; the change stream, polling or reconciliation still sees the change.</summary>
    Dropped,
}
