using MongoDB.Bson;

namespace OmniCharts.Reference.Workspace;

/// <summary>
/// A backfill that overlaps a running tail: it reads a collection in <c>_id</c> pages, each from the state at the
/// moment that page is read, and the moment moves on between pages. A test delivers the change events of the writes
/// between two pages' moments (<see cref="ChangeStream.Events"/>) in between, so the backfill sees some documents
/// before and some after later writes, as a real one does.
/// </summary>
public static class OverlappingBackfill
{
    /// <summary>
    /// Pages of <paramref name="pageSize"/> documents matching <paramref name="where"/> (all when null): the first read
    /// after <paramref name="startAtWrite"/> writes, each next one <paramref name="writesBetweenPages"/> writes later
    /// (capped at the end of the log), until a page comes back short.
    /// </summary>
    public static IEnumerable<BackfillPage> Pages(
        SimulatedWorkspace workspace, string collection, int startAtWrite, int writesBetweenPages, int pageSize, Func<BsonDocument, bool>? where = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentOutOfRangeException.ThrowIfNegative(writesBetweenPages);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        return Read(workspace, collection, startAtWrite, writesBetweenPages, pageSize, where);
    }

    private static IEnumerable<BackfillPage> Read(
        SimulatedWorkspace workspace, string collection, int at, int writesBetweenPages, int pageSize, Func<BsonDocument, bool>? where)
    {
        string? afterId = null;
        while (true)
        {
            var page = workspace.StateAt(at).PageById(collection, afterId, pageSize, where);
            yield return new BackfillPage(at, page);
            if (page.Count < pageSize)
                yield break;
            afterId = page[^1]["_id"].AsString;
            at = Math.Min(workspace.Writes.Count, at + writesBetweenPages);
        }
    }
}
