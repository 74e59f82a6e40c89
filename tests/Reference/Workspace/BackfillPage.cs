using MongoDB.Bson;

namespace OmniCharts.Reference.Workspace;

/// <summary>One page a backfill read while the workspace kept changing.</summary>
/// <param name="ReadAtWrite">The number of writes the state it was read from holds: the tail's events of writes before it may already be reflected.</param>
/// <param name="Documents">The page, in <c>_id</c> order (shared: never change them).</param>
public sealed record BackfillPage(int ReadAtWrite, IReadOnlyList<BsonDocument> Documents);
