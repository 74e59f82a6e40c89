namespace OmniCharts.Ingestor.Sources.MongoDb.ChangeStreams;

/// <summary>Creates the confirmed publisher each live source uses for one run (a stream session, a poll, a reconciliation).</summary>
public interface ILivePublishers
{
    /// <summary>A publisher stamping this process's run id; dispose it when the run ends.</summary>
    LivePublisher Create();
}
