namespace OmniCharts.Ingestor.Webhooks;

/// <summary>The body of a refused webhook: Rocket.Chat logs it with the status.</summary>
/// <param name="Error">Why the request was refused.</param>
public sealed record WebhookError(string Error);
