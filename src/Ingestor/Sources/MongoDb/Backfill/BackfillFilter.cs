namespace OmniCharts.Ingestor.Sources.MongoDb.Backfill;

/// <summary>What a backfill reads besides whole collections.</summary>
/// <param name="RoomsSince">Only rooms whose <c>ts</c> (conversation start) is at or after this instant, and their messages; null for all.</param>
public sealed record BackfillFilter(DateTimeOffset? RoomsSince)
{
    /// <summary>The whole history.</summary>
    public static BackfillFilter All { get; } = new(RoomsSince: null);
}
