namespace OmniCharts.Ingestor.Observability;

/// <summary>The service's mode, why it entered it and when.</summary>
public sealed record ModeChange(IngestionMode Mode, string Reason, DateTimeOffset Since);
