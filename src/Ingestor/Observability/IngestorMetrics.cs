using Prometheus;

namespace OmniCharts.Ingestor.Observability;

/// <summary>
/// The Prometheus series on <c>/metrics</c>, in a registry of their own (not prometheus-net's static default, so
/// two hosts in one process never share values). Every value is copied from <see cref="IngestionFigures"/>
/// just before a scrape, so the metrics and the readiness body cannot disagree on what they count.
/// </summary>
public sealed class IngestorMetrics
{
    private const string Prefix = "omnicharts_ingestor_";
    private readonly Gauge _lag, _backlog, _mode, _sourceLastChange, _sourceConfirmed, _webhookWaiting;
    private readonly Counter _published, _applied, _failed, _sourcePublished, _webhookRequests, _webhookFetches;

    /// <summary>Creates the series and reads the figures before each scrape.</summary>
    public IngestorMetrics(IngestionFiguresReader reader)
    {
        Registry = Metrics.NewCustomRegistry();
        var factory = Metrics.WithCustomRegistry(Registry);
        _lag = factory.CreateGauge(Prefix + "lag_seconds", "How long the oldest event not yet applied by the projector has waited since the broker confirmed it; 0 when none waits, NaN when Redis does not answer.");
        _backlog = factory.CreateGauge(Prefix + "backlog_events", "Events this process published that the projector has not yet applied or failed; NaN when Redis does not answer.");
        _mode = factory.CreateGauge(Prefix + "mode", "1 for the mode the service is in (starting, changestream, polling), 0 for the others.", "mode");
        _published = factory.CreateCounter(Prefix + "events_published_total", "Events this process published and the broker confirmed.");
        _applied = factory.CreateCounter(Prefix + "events_applied_total", "Events of this process's run the projector applied (or ignored as duplicate or stale).");
        _failed = factory.CreateCounter(Prefix + "events_failed_total", "Events of this process's run that ended in an error queue.");
        _sourcePublished = factory.CreateCounter(Prefix + "source_events_published_total", "Events each source published.", "source");
        _sourceLastChange = factory.CreateGauge(Prefix + "source_last_change_timestamp_seconds", "Checkpoint position: source time (Unix seconds) of the newest change a source published.", "source");
        _sourceConfirmed = factory.CreateGauge(Prefix + "source_confirmed_timestamp_seconds", "When (Unix seconds) a source last stored a confirmed checkpoint.", "source");
        _webhookRequests = factory.CreateCounter(Prefix + "webhook_requests_total", "Webhook requests by outcome: queued, duplicate, dropped, ignored, unauthorized, malformed.", "outcome");
        _webhookFetches = factory.CreateCounter(Prefix + "webhook_fetches_total", "Hinted rooms by outcome: fetched, not_found, failed.", "outcome");
        _webhookWaiting = factory.CreateGauge(Prefix + "webhook_queue_rooms", "Hinted rooms waiting to be fetched.");
        Registry.AddBeforeCollectCallback(async _ => Update(await reader.ReadAsync()));
    }

    /// <summary>The registry <c>/metrics</c> exports.</summary>
    public CollectorRegistry Registry { get; }

    private void Update(IngestionFigures figures)
    {
        _lag.Set(figures.LagSeconds ?? double.NaN);
        _backlog.Set(figures.Backlog ?? double.NaN);
        foreach (var mode in Enum.GetValues<IngestionMode>())
            _mode.WithLabels(ModeLabel(mode)).Set(mode == figures.Mode.Mode ? 1 : 0);
        _published.IncTo(figures.Published);
        _applied.IncTo(figures.Applied ?? 0);
        _failed.IncTo(figures.Failed ?? 0);
        foreach (var source in figures.Sources)
        {
            _sourcePublished.WithLabels(source.Source).IncTo(source.Published);
            _sourceLastChange.WithLabels(source.Source).Set(source.LastChangeTime.ToUnixTimeMilliseconds() / 1000.0);
            _sourceConfirmed.WithLabels(source.Source).Set(source.ConfirmedAt.ToUnixTimeMilliseconds() / 1000.0);
        }

        var webhooks = figures.Webhooks;
        _webhookRequests.WithLabels("queued").IncTo(webhooks.Queued);
        _webhookRequests.WithLabels("duplicate").IncTo(webhooks.Duplicate);
        _webhookRequests.WithLabels("dropped").IncTo(webhooks.Dropped);
        _webhookRequests.WithLabels("ignored").IncTo(webhooks.Ignored);
        _webhookRequests.WithLabels("unauthorized").IncTo(webhooks.Unauthorized);
        _webhookRequests.WithLabels("malformed").IncTo(webhooks.Malformed);
        _webhookFetches.WithLabels("fetched").IncTo(webhooks.Fetched);
        _webhookFetches.WithLabels("not_found").IncTo(webhooks.NotFound);
        _webhookFetches.WithLabels("failed").IncTo(webhooks.Failed);
        _webhookWaiting.Set(webhooks.Waiting);
    }

    /// <summary>The <c>mode</c> label of <paramref name="mode"/>.</summary>
    public static string ModeLabel(IngestionMode mode) => mode.ToString().ToLowerInvariant();
}
