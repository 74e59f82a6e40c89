namespace OmniCharts.Ingestor.Sources.MongoDb.Reconciliation;

/// <summary>What one reconciliation found and published.</summary>
/// <param name="Compared">Documents compared (MongoDB stamps and read-model entries).</param>
/// <param name="Refreshed">Documents missing from the read model or newer in MongoDB, published whole.</param>
/// <param name="Deleted">Documents gone from MongoDB but live in the read model, published as deletions.</param>
/// <param name="RoomsWithMessagesCompared">Rooms whose messages were compared (changed within the window, or missing from the read model).</param>
public sealed record ReconcileCounts(long Compared, long Refreshed, long Deleted, int RoomsWithMessagesCompared);
