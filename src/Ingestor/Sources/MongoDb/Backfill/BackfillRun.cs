using OmniCharts.Ingestor.Cli;
using OmniCharts.Ingestor.Publishing;
using OmniCharts.Ingestor.Sources.MongoDb.Polling;

namespace OmniCharts.Ingestor.Sources.MongoDb.Backfill;

/// <summary>What one backfill run works with.</summary>
/// <param name="Source">Rocket.Chat's database (or a test's documents).</param>
/// <param name="Checkpoints">Where each collection resumes.</param>
/// <param name="Publisher">Publishes with the run header and publisher confirms.</param>
/// <param name="Rate">The read rate limit.</param>
/// <param name="Status">The progress line.</param>
/// <param name="Filter">The history to read.</param>
/// <param name="PageSize">Documents per page (and rooms per message query).</param>
public sealed record BackfillRun(
    IBackfillSource Source, SourceCheckpoints Checkpoints, EventPublisher Publisher, TokenBucket Rate, StatusLine Status,
    BackfillFilter Filter, int PageSize);
