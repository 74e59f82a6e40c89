using OmniCharts.IntegrationTests.Ingestor.ChangeStreams;
using OmniCharts.IntegrationTests.Projector;
using OmniCharts.IntegrationTests.Infrastructure;
using OmniCharts.ReadModel.Runs;

namespace OmniCharts.IntegrationTests.Differential;

/// <summary>
/// What the live Ingestors of one test published (the broker confirmed), per run, so that a test can wait until the
/// Projector applied all of it. Every Ingestor has a run of its own; a stopped one may have numbered events it never published.
/// </summary>
internal sealed class LiveRuns(ProjectorUnderTest projector)
{
    private readonly Dictionary<string, long> _stopped = new(StringComparer.Ordinal);

    /// <summary>Stops <paramref name="ingestor"/>, keeping what it published.</summary>
    public async Task StopAsync(LiveIngestor ingestor)
    {
        var status = ingestor.Status;
        await ingestor.DisposeAsync();
        _stopped[status.RunId] = status.Published;
    }

    /// <summary>Waits until every event published by the stopped Ingestors and by <paramref name="current"/> was applied; none may have failed.</summary>
    public async Task AppliedAsync(LiveIngestor current)
    {
        var reader = new RunProgressReader(TestRedis.Connection, projector.Redis.Keys);
        // The running Ingestor's events are all published and confirmed here: every number it gave out must be done.
        // A stopped one's last numbers may never have left it, so only as many distinct events as it published are awaited.
        var expected = _stopped.Select(s => (RunId: s.Key, Numbered: (long?)null, Published: s.Value))
            .Append((current.Status.RunId, current.Status.Run.Numbered, current.Status.Published));
        foreach (var (runId, numbered, published) in expected)
        {
            RunOutcomes? outcomes = null;
            await Eventually.HoldsAsync(async () =>
            {
                outcomes = await reader.ReadAsync(runId, numbered ?? published);
                return numbered is { } all ? outcomes.Covers(all) : outcomes.Done >= published;
            }, () => $"the Projector to apply the {published} events of {runId} ({outcomes})");
            Assert.True(outcomes!.Failed == 0, $"The Projector failed {outcomes.Failed} events of {runId}: see its error queues.");
        }
    }
}
