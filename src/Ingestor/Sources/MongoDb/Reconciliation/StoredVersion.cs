namespace OmniCharts.Ingestor.Sources.MongoDb.Reconciliation;

/// <summary>What the read model holds of one document.</summary>
/// <param name="Version">The applied version (<c>v</c>), null when the document never arrived.</param>
/// <param name="Deleted">Whether it is a tombstone.</param>
/// <param name="Counts">Rooms: whether it is an Omnichannel room (<c>l</c> = 1); other documents: true.</param>
public sealed record StoredVersion(long? Version, bool Deleted, bool Counts)
{
    /// <summary>Live in the read model: arrived, not deleted, and (for a room) Omnichannel.</summary>
    public bool IsLive => Version is not null && !Deleted && Counts;
}
