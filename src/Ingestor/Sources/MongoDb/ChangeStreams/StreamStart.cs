namespace OmniCharts.Ingestor.Sources.MongoDb.ChangeStreams;

/// <summary>How the next change stream opens, and from when a catch-up poll starts.</summary>
/// <param name="Kind">Resume, or open at now and poll.</param>
/// <param name="CatchUpFromMs">For <see cref="StreamStartKind.CatchUp"/>: the Unix ms every poll checkpoint is moved back to.</param>
public sealed record StreamStart(StreamStartKind Kind, long? CatchUpFromMs)
{
    /// <summary>Resume after the stored token.</summary>
    public static readonly StreamStart FromCheckpoint = new(StreamStartKind.FromCheckpoint, null);

    /// <summary>Open at now, then poll from the poll checkpoints.</summary>
    public static readonly StreamStart AfterPolling = new(StreamStartKind.AfterPolling, null);

    /// <summary>Open at now, then poll from <paramref name="ms"/>.</summary>
    public static StreamStart CatchUpFrom(long ms) => new(StreamStartKind.CatchUp, ms);
}
