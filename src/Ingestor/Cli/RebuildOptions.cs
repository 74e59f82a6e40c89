namespace OmniCharts.Ingestor.Cli;

/// <summary>The arguments of <c>rebuild</c>: a new generation from an export folder or from MongoDB, beside the live one.</summary>
/// <param name="From">The mongoexport directory, or null to read MongoDB.</param>
/// <param name="MongoUri">Rocket.Chat's database, or null to read a folder.</param>
/// <param name="Rate">MongoDB: documents read per second at most (0: no limit).</param>
/// <param name="PageSize">MongoDB: documents per query.</param>
/// <param name="WaitTimeout">How long to wait for the Projector to apply the new generation before giving up (it stays unswitched).</param>
/// <param name="KeepOld">How long the old generation is kept after the switch, for requests still reading it, before it is deleted.</param>
public sealed record RebuildOptions(string? From, string? MongoUri, double Rate, int PageSize, TimeSpan WaitTimeout, TimeSpan KeepOld) : CommandOptions
{
    /// <summary>The default of <c>--keep-old</c>.</summary>
    public static readonly TimeSpan DefaultKeepOld = TimeSpan.FromSeconds(10);

    /// <summary>The default of <c>--wait-timeout</c> for a rebuild: long, since a rebuild publishes the whole history.</summary>
    public static readonly TimeSpan DefaultWaitTimeout = TimeSpan.FromHours(2);
}
