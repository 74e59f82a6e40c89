using MongoDB.Bson;

namespace OmniCharts.Reference.Histories;

/// <summary>One change of a raw document: the whole document at <see cref="Version"/>, or its deletion.</summary>
/// <param name="Collection">The MongoDB collection (<see cref="Collections"/>).</param>
/// <param name="Id">The document's <c>_id</c>.</param>
/// <param name="Version">The document's <c>_updatedAt</c> in Unix milliseconds; a deletion's is above every version of the document.</param>
/// <param name="Document">The document as it stands after the change, or null for a deletion.</param>
public sealed record DocumentChange(string Collection, string Id, long Version, BsonDocument? Document)
{
    /// <summary>True when the change deletes the document.</summary>
    public bool IsDeletion => Document is null;
}
