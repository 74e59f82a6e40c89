namespace OmniCharts.ReadModel.Keys;

/// <summary>
/// The headers that tie an event to its run, and the fields of the <c>run:{runId}</c> hash. Every event a run publishes
/// carries a number of its own (0, 1, 2, … in publishing order); the projector marks each number once in the run's
/// bitmaps (<see cref="RedisKeySchema.RunBlock"/>), so the count of distinct numbers is exact however often the broker
/// delivers an event again.
/// </summary>
public static class RunField
{
    /// <summary>The header every published event carries so the projector can count it against its run.</summary>
    public const string Header = "OmniCharts-RunId";

    /// <summary>The header with the event's number in its run; for an envelope, the number of its first event (the others follow in order).</summary>
    public const string SequenceHeader = "OmniCharts-RunSeq";

    /// <summary>The header with how many numbered events an envelope carries; absent for a single event (1).</summary>
    public const string CountHeader = "OmniCharts-RunCount";

    /// <summary>
    /// Events the run published (the broker confirmed them), written by the publishing process: by <c>serve</c> every
    /// second, by <c>replay</c> and <c>backfill</c> when <c>--wait</c> starts.
    /// </summary>
    public const string Published = "published";

    /// <summary>
    /// Every event numbered below this is done: the bitmap blocks before it were complete and have been folded into
    /// this count (and <see cref="FailedBelow"/>) and deleted. A multiple of <see cref="BlockEvents"/>; 0 when absent.
    /// </summary>
    public const string DoneBelow = "below";

    /// <summary>How many of the events below <see cref="DoneBelow"/> failed.</summary>
    public const string FailedBelow = "below.failed";

    /// <summary>
    /// What a Projector older than the run bitmaps counted (one increment per delivery, so redeliveries counted twice).
    /// Only read, to tell a user that the Projector must be upgraded.
    /// </summary>
    public const string LegacyApplied = "applied";

    /// <summary>Events per bitmap block: 65,536 bits, 8 KiB.</summary>
    public const int BlockEvents = 1 << 16;

    /// <summary>The two bitmaps of a run: every event with a final outcome, and those of them that failed.</summary>
    public const string DoneBitmap = "done";

    /// <summary>The bitmap of events that ended in an error queue (a subset of <see cref="DoneBitmap"/>).</summary>
    public const string FailedBitmap = "failed";

    /// <summary>How long a run's hash and bitmaps are kept after their last change.</summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromDays(1);
}
