namespace OmniCharts.Ingestor.Sources.MongoDb.Backfill;

/// <summary>Opens the backfill source named by <c>--mongo</c>; tests replace it with documents held in memory.</summary>
public interface IBackfillSources
{
    /// <summary>The source for <paramref name="mongoUri"/> (a MongoDB connection string naming the database).</summary>
    IBackfillSource Open(string mongoUri);
}
