namespace OmniCharts.Ingestor.Observability;

/// <summary>How the service follows Rocket.Chat's database right now.</summary>
public enum IngestionMode
{
    /// <summary>Not following yet: connecting, or catching up after a start.</summary>
    Starting,

    /// <summary>Following change streams: sees inserts, updates and deletes within a second.</summary>
    ChangeStream,

    /// <summary>Polling by <c>_updatedAt</c>: change streams are unavailable (no replica set) or their resume token expired.</summary>
    Polling,
}
