using OmniCharts.Ingestor.Webhooks;

namespace OmniCharts.Ingestor.Observability;

/// <summary>Everything the readiness body and the metrics show, read at one moment.</summary>
/// <param name="RunId">The run id on every event this process publishes.</param>
/// <param name="Mode">How the service follows the database.</param>
/// <param name="Published">Events published (broker-confirmed) by this process.</param>
/// <param name="Applied">The projector's applied count for the run; null when Redis does not answer.</param>
/// <param name="Failed">The projector's failed count for the run; null when Redis does not answer.</param>
/// <param name="Backlog">Published − applied − failed; null when Redis does not answer.</param>
/// <param name="LagSeconds">How long the oldest event not yet applied has waited since the broker confirmed it; 0 when none waits; null when Redis does not answer.</param>
/// <param name="Sources">Each source's checkpoint, newest change and count.</param>
/// <param name="Webhooks">The webhook counters.</param>
/// <param name="RedisError">Why the run counters could not be read, if they could not.</param>
public sealed record IngestionFigures(
    string RunId, ModeChange Mode, long Published, long? Applied, long? Failed, long? Backlog, double? LagSeconds,
    IReadOnlyList<SourceProgress> Sources, WebhookFigures Webhooks, string? RedisError);
