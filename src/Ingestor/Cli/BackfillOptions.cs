namespace OmniCharts.Ingestor.Cli;

/// <summary>The arguments of <c>backfill</c>.</summary>
/// <param name="MongoUri">Rocket.Chat's MongoDB connection string, naming the database.</param>
/// <param name="Since">Only rooms started at or after this instant, and their messages; null for all history.</param>
/// <param name="Rate">Documents read per second at most; 0 for no limit.</param>
/// <param name="PageSize">Documents per query (and rooms per message query).</param>
/// <param name="Restart">Forget the checkpoints and read everything again.</param>
/// <param name="Wait">Wait until the projector handled every published event.</param>
/// <param name="WaitTimeout">How long to wait.</param>
public sealed record BackfillOptions(
    string MongoUri, DateTimeOffset? Since, double Rate, int PageSize, bool Restart, bool Wait, TimeSpan WaitTimeout) : CommandOptions
{
    /// <summary>The default of <c>--rate</c>: documents per second.</summary>
    public const double DefaultRate = 2000;

    /// <summary>The default of <c>--page-size</c>.</summary>
    public const int DefaultPageSize = 500;

    /// <summary>The largest <c>--page-size</c>: a page of rooms becomes one <c>$in</c> list of ids.</summary>
    public const int MaxPageSize = 10_000;
}
