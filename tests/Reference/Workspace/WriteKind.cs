namespace OmniCharts.Reference.Workspace;

/// <summary>The kind of a MongoDB write, as a change stream's <c>operationType</c> names it.</summary>
public enum WriteKind
{
    /// <summary>insertOne / insertMany.</summary>
    Insert,

    /// <summary>updateOne / updateMany with update operators (<c>$set</c>, <c>$unset</c>, <c>$inc</c>, <c>$push</c>, <c>$pull</c>, <c>$addToSet</c>).</summary>
    Update,

    /// <summary>replaceOne: a whole new document under the same <c>_id</c>.</summary>
    Replace,

    /// <summary>deleteOne / deleteMany.</summary>
    Delete,
}
