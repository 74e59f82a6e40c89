using MongoDB.Bson;

namespace OmniCharts.Reference.Workspace;

/// <summary>
/// One MongoDB write of a simulated workspace. The documents are shared with every state and event built from
/// the log: never change them (<c>DeepClone()</c> first).
/// </summary>
/// <param name="Sequence">Its index in <see cref="SimulatedWorkspace.Writes"/>.</param>
/// <param name="WallTime">When it happened, Unix ms; never decreases along the log. The written <c>_updatedAt</c> equals it.</param>
/// <param name="Collection">The collection (<see cref="Collections"/>).</param>
/// <param name="Id">The document's <c>_id</c>.</param>
/// <param name="Kind">Insert, update, replace or delete.</param>
/// <param name="Before">The document before the write; null for an insert.</param>
/// <param name="After">The document after the write; null for a delete.</param>
/// <param name="UpdatedFields">For an update: the dotted paths set and their new values, as a change stream reports them.</param>
/// <param name="RemovedFields">For an update: the dotted paths removed.</param>
/// <param name="Operation">The index in the played script's operations of the operation that made it.</param>
public sealed record WorkspaceWrite(
    int Sequence,
    long WallTime,
    string Collection,
    string Id,
    WriteKind Kind,
    BsonDocument? Before,
    BsonDocument? After,
    BsonDocument? UpdatedFields,
    IReadOnlyList<string>? RemovedFields,
    int Operation)
{
    /// <summary>One line for a failure message.</summary>
    public override string ToString() =>
        $"#{Sequence} {DateTimeOffset.FromUnixTimeMilliseconds(WallTime):O} {Kind} {Collection} {Id}" +
        (UpdatedFields is null ? "" : $" set {UpdatedFields.ToJson()}") +
        (RemovedFields is { Count: > 0 } ? $" unset [{string.Join(", ", RemovedFields)}]" : "");
}
