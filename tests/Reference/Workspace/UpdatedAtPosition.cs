using MongoDB.Bson;

namespace OmniCharts.Reference.Workspace;

/// <summary>
/// A place in MongoDB's (<c>_updatedAt</c>, <c>_id</c>) order: where an <c>_updatedAt</c> poller resumes.
/// </summary>
/// <param name="UpdatedAt"><c>_updatedAt</c> in Unix ms, or null for a document whose <c>_updatedAt</c> is missing or null.</param>
/// <param name="Id">The document's <c>_id</c>.</param>
public sealed record UpdatedAtPosition(long? UpdatedAt, string Id)
{
    /// <summary>The position of <paramref name="document"/>.</summary>
    public static UpdatedAtPosition Of(BsonDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new(document.GetValue("_updatedAt", BsonNull.Value) is BsonDateTime date ? date.MillisecondsSinceEpoch : null, document["_id"].AsString);
    }
}
