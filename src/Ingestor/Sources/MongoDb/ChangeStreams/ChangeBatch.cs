using MongoDB.Bson;

namespace OmniCharts.Ingestor.Sources.MongoDb.ChangeStreams;

/// <summary>One batch of raw change events and the token that resumes after all of them.</summary>
/// <param name="Events">The change events, as the server sent them.</param>
/// <param name="ResumeToken">The batch's <c>postBatchResumeToken</c> (or the last event's <c>_id</c>); null when the server gave none.</param>
public sealed record ChangeBatch(IReadOnlyList<BsonDocument> Events, BsonDocument? ResumeToken);
