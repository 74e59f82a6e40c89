namespace OmniCharts.Ingestor.Webhooks;

/// <summary>What the webhook endpoint and its worker did since the service started.</summary>
/// <param name="Enabled">False when <c>Ingestor:Webhooks:Token</c> is not set.</param>
/// <param name="Queued">Hints that queued a fetch.</param>
/// <param name="Duplicate">Hints for a room already waiting.</param>
/// <param name="Dropped">Hints dropped because the queue was full.</param>
/// <param name="Ignored">Well-formed payloads that name no room to fetch.</param>
/// <param name="Unauthorized">Requests refused for a missing or wrong token, or because webhooks are disabled.</param>
/// <param name="Malformed">Requests refused as not being a Rocket.Chat payload.</param>
/// <param name="Fetched">Rooms fetched and published.</param>
/// <param name="NotFound">Rooms the hint named that the database does not hold (deleted, or Rocket.Chat's test payload).</param>
/// <param name="Failed">Fetches or publishes that failed.</param>
/// <param name="Published">Events published from fetched rooms.</param>
/// <param name="Waiting">Rooms waiting to be fetched now.</param>
public sealed record WebhookFigures(
    bool Enabled, long Queued, long Duplicate, long Dropped, long Ignored, long Unauthorized, long Malformed,
    long Fetched, long NotFound, long Failed, long Published, int Waiting);
