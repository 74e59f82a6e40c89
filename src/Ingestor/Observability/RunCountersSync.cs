using Microsoft.Extensions.Hosting;

namespace OmniCharts.Ingestor.Observability;

/// <summary>
/// Keeps the run's <c>published</c> count in Redis current between scrapes, so whoever reads <c>run:{runId}</c>
/// sees the backlog, and the hash does not expire while the service runs. A Redis outage is shown by the
/// readiness probe; this loop just tries again.
/// </summary>
public sealed class RunCountersSync(IngestionFiguresReader reader, ObservabilityOptions options, TimeProvider clock) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.SyncInterval, clock);
        do
        {
            await reader.ReadAsync();
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Stops the loop, then writes the final count once, so the run hash tells the whole run after the service is gone.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await reader.ReadAsync();
    }
}
