namespace OmniCharts.Ingestor.Sources.MongoDb.Reconciliation;

/// <summary>A document's identity and version: all the reconciliation reads before it knows what to fetch.</summary>
/// <param name="Id">The document's <c>_id</c>.</param>
/// <param name="UpdatedAt"><c>_updatedAt</c> in Unix ms, 0 when the document has none.</param>
public sealed record DocumentStamp(string Id, long UpdatedAt);
