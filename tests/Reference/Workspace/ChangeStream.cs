using MongoDB.Bson;
using OmniCharts.Reference.Workspace.Sources;

namespace OmniCharts.Reference.Workspace;

/// <summary>
/// What MongoDB 6+/7 sends to <c>db.watch([], {fullDocument: 'updateLookup', fullDocumentBeforeChange: 'whenAvailable'})</c>
/// for a simulated workspace's writes: one event per write, with its resume token, cluster time and wall time.
/// </summary>
public static class ChangeStream
{
    /// <summary>The events of writes <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive), in order.</summary>
    public static IReadOnlyList<BsonDocument> Events(SimulatedWorkspace workspace, int from, int to, ChangeStreamOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentOutOfRangeException.ThrowIfNegative(from);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(to, workspace.Writes.Count);
        options ??= ChangeStreamOptions.Default;
        return [.. Enumerable.Range(from, Math.Max(0, to - from)).Select(i => Event(workspace, i, options))];
    }

    /// <summary>The resume token (<c>_id</c>) of the event of write <paramref name="write"/>: resuming after it delivers the next write's event.</summary>
    public static BsonDocument ResumeToken(SimulatedWorkspace workspace, int write)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var (seconds, increment) = workspace.Index.ClusterTime(write);
        var change = workspace.Writes[write];
        return new BsonDocument("_data", ResumeTokens.Data(seconds, increment, change.Collection, change.Id));
    }

    private static BsonDocument Event(SimulatedWorkspace workspace, int i, ChangeStreamOptions options)
    {
        var write = workspace.Writes[i];
        var (seconds, increment) = workspace.Index.ClusterTime(i);
        var change = new BsonDocument
        {
            ["_id"] = ResumeToken(workspace, i),
            ["operationType"] = write.Kind.ToString().ToLowerInvariant(),
            ["clusterTime"] = new BsonTimestamp((int)seconds, (int)increment),
            ["wallTime"] = new BsonDateTime(write.WallTime),
        };
        switch (write.Kind)
        {
            case WriteKind.Insert or WriteKind.Replace:
                change["fullDocument"] = write.After!.DeepClone();
                break;
            case WriteKind.Update:
                var lookupAt = (int)Math.Min(workspace.Writes.Count, (long)i + 1 + Math.Max(0, options.LookupLag));
                change["fullDocument"] = workspace.Index.LatestBefore(write.Collection, write.Id, lookupAt)?.After?.DeepClone() ?? (BsonValue)BsonNull.Value;
                break;
        }
        change["ns"] = new BsonDocument { ["db"] = options.Database, ["coll"] = write.Collection };
        change["documentKey"] = new BsonDocument("_id", write.Id);
        if (write.Kind == WriteKind.Update)
        {
            change["updateDescription"] = new BsonDocument
            {
                ["updatedFields"] = write.UpdatedFields!.DeepClone(),
                ["removedFields"] = new BsonArray(write.RemovedFields!),
                ["truncatedArrays"] = new BsonArray(),
            };
        }
        if (options.RequestPreImages && write.Kind != WriteKind.Insert)
            change["fullDocumentBeforeChange"] = options.HasPreImages(write.Collection) ? write.Before!.DeepClone() : BsonNull.Value;
        return change;
    }
}
