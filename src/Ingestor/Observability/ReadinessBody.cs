namespace OmniCharts.Ingestor.Observability;

/// <summary>The JSON body of <c>/health/ready</c>.</summary>
/// <param name="Status">The worst check: <c>Healthy</c> and <c>Degraded</c> answer 200, <c>Unhealthy</c> 503.</param>
/// <param name="Checks">Each check by name: <c>redis</c>, <c>mongodb</c>, <c>lag</c>.</param>
/// <param name="Ingestion">The same figures as <c>/metrics</c>.</param>
public sealed record ReadinessBody(string Status, IReadOnlyDictionary<string, ReadinessCheck> Checks, IngestionFigures Ingestion);
