using OmniCharts.IntegrationTests.Ingestor.ChangeStreams;
using OmniCharts.IntegrationTests.Projector;
using OmniCharts.ReadModel.Keys;

namespace OmniCharts.IntegrationTests.Differential;

/// <summary>
/// What the live Ingestors of one run published (the broker confirmed), per run id, so that a test can wait until the
/// Projector applied all of it; a restarted Ingestor may share its predecessor's run id (the id has the second it started).
/// </summary>
internal sealed class LiveRuns(ProjectorUnderTest projector)
{
    private readonly Dictionary<string, long> _stopped = new(StringComparer.Ordinal);

    /// <summary>Stops <paramref name="ingestor"/>, keeping what it published.</summary>
    public async Task StopAsync(LiveIngestor ingestor)
    {
        var status = ingestor.Status;
        await ingestor.DisposeAsync();
        _stopped[status.RunId] = _stopped.GetValueOrDefault(status.RunId) + status.Published;
    }

    /// <summary>Waits until every event published by the stopped Ingestors and by <paramref name="current"/> was applied; none may have failed.</summary>
    public async Task AppliedAsync(LiveIngestor current)
    {
        var expected = new Dictionary<string, long>(_stopped, StringComparer.Ordinal);
        expected[current.Status.RunId] = expected.GetValueOrDefault(current.Status.RunId) + current.Status.Published;
        foreach (var (runId, published) in expected)
        {
            long applied = 0, failed = 0;
            await Eventually.HoldsAsync(async () =>
            {
                var values = await projector.Redis.Database.HashGetAsync(projector.Redis.Keys.Run(runId), [RunField.Applied, RunField.Failed]);
                (applied, failed) = ((long?)values[0] ?? 0, (long?)values[1] ?? 0);
                return applied + failed >= published;
            }, () => $"the Projector to apply the {published} events of {runId} (applied {applied}, failed {failed})");
            Assert.True(failed == 0, $"The Projector failed {failed} events of {runId}: see its error queues.");
        }
    }
}
