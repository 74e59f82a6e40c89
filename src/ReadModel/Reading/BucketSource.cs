namespace OmniCharts.ReadModel.Reading;

/// <summary>
/// What one answer bucket adds up: whole UTC days and runs of 15-minute slots. Strict mode uses one day
/// (daily) or one run (hourly); a bucket made of several pieces (for example a local day) lists them all.
/// </summary>
/// <param name="Days">Whole UTC days, read from the month hashes.</param>
/// <param name="Runs">Slot runs, read from the slot hashes.</param>
public sealed record BucketSource(IReadOnlyList<DateOnly> Days, IReadOnlyList<SlotRun> Runs)
{
    /// <summary>A bucket that is exactly one UTC day.</summary>
    public static BucketSource OfDay(DateOnly day) => new([day], []);

    /// <summary>A bucket that is exactly one run of slots.</summary>
    public static BucketSource OfRun(SlotRun run) => new([], [run]);
}
