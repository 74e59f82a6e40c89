using MongoDB.Bson;

namespace OmniCharts.Reference.Workspace.Sources;

/// <summary>
/// MongoDB's sort order on (<c>_updatedAt</c>, <c>_id</c>): by BSON type first (a missing field sorts as null, before
/// numbers, strings and dates), then by value; <c>_id</c> strings by their bytes.
/// </summary>
internal static class MongoOrder
{
    public static int Compare(UpdatedAtPosition a, UpdatedAtPosition b)
    {
        var byTime = (a.UpdatedAt, b.UpdatedAt) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            var (x, y) => x.Value.CompareTo(y.Value),
        };
        return byTime != 0 ? byTime : string.CompareOrdinal(a.Id, b.Id);
    }

    public static int Compare(BsonDocument a, BsonDocument b) => Compare(UpdatedAtPosition.Of(a), UpdatedAtPosition.Of(b));
}
