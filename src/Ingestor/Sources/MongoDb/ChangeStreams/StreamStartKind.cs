namespace OmniCharts.Ingestor.Sources.MongoDb.ChangeStreams;

/// <summary>How the next change stream opens.</summary>
public enum StreamStartKind
{
    /// <summary>After the stored resume token (or at now without one).</summary>
    FromCheckpoint,

    /// <summary>At now, then a poll from the poll checkpoints covers the time spent polling.</summary>
    AfterPolling,

    /// <summary>At now, then a poll rewound to the safe point covers what the expired token lost.</summary>
    CatchUp,
}
