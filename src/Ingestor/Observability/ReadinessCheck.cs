namespace OmniCharts.Ingestor.Observability;

/// <summary>One check in the readiness body.</summary>
/// <param name="Status"><c>Healthy</c>, <c>Degraded</c> or <c>Unhealthy</c>.</param>
/// <param name="Description">What the check saw.</param>
public sealed record ReadinessCheck(string Status, string? Description);
