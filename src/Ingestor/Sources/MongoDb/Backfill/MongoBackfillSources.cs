using MongoDB.Driver;

namespace OmniCharts.Ingestor.Sources.MongoDb.Backfill;

/// <summary>Opens Rocket.Chat's database named in the connection string.</summary>
public sealed class MongoBackfillSources : IBackfillSources
{
    /// <inheritdoc />
    public IBackfillSource Open(string mongoUri)
    {
        var url = MongoUrl.Create(mongoUri);
        return new MongoBackfillSource(new MongoClient(url).GetDatabase(url.DatabaseName));
    }
}
