namespace OmniCharts.Ingestor.Sources.MongoDb.Backfill;

/// <summary>
/// Where the backfill of one collection stands: <c>after:{_id}</c> once a page is confirmed, <c>complete</c> once
/// the last page is. Rooms' checkpoint covers their messages: a room page moves only after its messages are confirmed.
/// </summary>
/// <param name="AfterId">The last <c>_id</c> confirmed, or null when nothing is.</param>
/// <param name="Complete">True once the collection was read to its end.</param>
public sealed record BackfillCheckpoint(string? AfterId, bool Complete)
{
    private const string AfterPrefix = "after:";
    private const string CompleteText = "complete";

    /// <summary>Nothing read yet.</summary>
    public static BackfillCheckpoint Start { get; } = new(null, false);

    /// <summary>The Redis checkpoint name of <paramref name="collectionName"/>: <c>backfill:{collection}</c>.</summary>
    public static string NameOf(string collectionName) => "backfill:" + collectionName;

    /// <summary>The stored text.</summary>
    public override string ToString() => Complete ? CompleteText : AfterPrefix + AfterId;

    /// <summary>Reads <see cref="ToString"/>'s text back; null (no checkpoint) is <see cref="Start"/>.</summary>
    public static BackfillCheckpoint Parse(string? text)
    {
        if (text is null)
            return Start;
        if (text == CompleteText)
            return new BackfillCheckpoint(null, true);
        if (text.StartsWith(AfterPrefix, StringComparison.Ordinal) && text.Length > AfterPrefix.Length)
            return new BackfillCheckpoint(text[AfterPrefix.Length..], false);
        throw new FormatException($"'{text}' is not a backfill checkpoint (after:{{_id}} or complete)");
    }
}
