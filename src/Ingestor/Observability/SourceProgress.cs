namespace OmniCharts.Ingestor.Observability;

/// <summary>What one source (a change stream, a collection's poll, a reconciliation) has published, as of its last confirmed checkpoint.</summary>
/// <param name="Source">The checkpoint name, e.g. <c>changestream</c> or <c>poll:rocketchat_room</c>.</param>
/// <param name="Checkpoint">The stored checkpoint, as written to Redis.</param>
/// <param name="LastChangeTime">The source time of the newest change published (its <c>_updatedAt</c> or the change's wall time).</param>
/// <param name="ConfirmedAt">When the broker confirmed it.</param>
/// <param name="Published">Events published by this source since the service started.</param>
public sealed record SourceProgress(
    string Source, string Checkpoint, DateTimeOffset LastChangeTime, DateTimeOffset ConfirmedAt, long Published);
