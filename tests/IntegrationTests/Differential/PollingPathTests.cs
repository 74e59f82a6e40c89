using Microsoft.Extensions.Time.Testing;
using MongoDB.Bson;
using OmniCharts.IntegrationTests.Infrastructure;
using OmniCharts.IntegrationTests.Ingestor.ChangeStreams;
using OmniCharts.IntegrationTests.Parity;
using OmniCharts.IntegrationTests.Projector;
using OmniCharts.Reference;
using OmniCharts.Reference.ChartsData;
using OmniCharts.Reference.Workspace;
using Xunit.Abstractions;

namespace OmniCharts.IntegrationTests.Differential;

/// <summary>
/// (d) <c>serve</c> in Polling mode (<c>Ingestor:Mode=polling</c>) from the workspace's first write: the real poll
/// (<c>PollFallback</c>, as the poll job runs it) about six times a simulated day, over a database that moves on
/// between the pages of a poll, then once more at each step, then the real reconciliation, which sees what polling
/// cannot: deletions, and documents without a dated <c>_updatedAt</c>. After each step the read model answers like
/// the workspace as it then stands.
/// </summary>
public sealed class PollingPathTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int PollsPerStep = 6;
    private ProjectorUnderTest _projector = null!;

    public static TheoryData<int> Seeds => DifferentialHistories.Seeds(first: 404);

    public async Task InitializeAsync() => _projector = await ProjectorUnderTest.StartAsync();

    public async Task DisposeAsync() => await _projector.DisposeAsync();

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Polls_and_the_reconciliation_answer_like_the_workspace_at_every_step(int seed)
    {
        var workspace = DifferentialHistories.Play(seed);
        await using var api = DifferentialApi.Create(_projector.Redis.Prefix, workspace, "Asia/Kathmandu", HourlyLabelStyle.Fixed, readModelReady: false);

        await new DifferentialRunner(new Polling(_projector), api, output).RunAsync(workspace, minimumNonZeroCharts: 150);
    }

    private sealed class Polling(ProjectorUnderTest projector) : IDifferentialPath
    {
        public string Name => "polling by _updatedAt, reconciled";

        public async Task RunAsync(SimulatedWorkspace workspace, StepCheck check)
        {
            var prefix = projector.Redis.Prefix;
            await RedisKeyspace.DeleteAsync(prefix, keepState: false);
            await QueryApiHost.MarkReadyAsync(prefix);
            // The first poll starts at the clock's now minus the skew margin: before the first write.
            var clock = new FakeTimeProvider(workspace.Script.WindowStart);
            var database = new SimulatedRocketChat(workspace);
            var runs = new LiveRuns(projector);
            await using var ingestor = await LiveIngestor.StartAsync(projector, new ScriptedChangeStream(new Sequence()), database,
                LiveSettings.For("polling", workspace), clock: clock);
            var polled = 0;
            foreach (var step in HistorySteps.Of(workspace))
            {
                var moments = HistorySteps.Moments(workspace, polled, step.Writes, Math.Max(1, (step.Writes - polled) / PollsPerStep));
                for (var i = 0; i < moments.Count; i++)
                {
                    var previous = i == 0 ? polled : moments[i - 1];
                    database.Moment = previous;
                    // Between a poll's pages the database moves on towards the next poll; the last poll of a step reads a still one.
                    database.DriftThrough(i == moments.Count - 1 ? [moments[i]] : HistorySteps.Moments(workspace, previous, moments[i], 25));
                    await ingestor.Poll.RunAsync(rewindToMs: null, CancellationToken.None);
                    database.Moment = moments[i];
                    database.DriftThrough([]);
                }
                polled = step.Writes;
                clock.SetUtcNow(LiveSettings.After(workspace, step.Writes));
                await ingestor.Reconciler.RunAsync(CancellationToken.None);
                await runs.AppliedAsync(ingestor);
                var state = workspace.StateAt(step.Writes);
                if (!await check(new PathStep(step, "polled", state.ToRawDocuments(), Delivered(state))))
                    return;
            }
        }

        // Polls deliver rooms with a dated _updatedAt, the reconciliation Omnichannel rooms.
        private static HashSet<string> Delivered(WorkspaceState state) =>
            [.. state.Documents(Collections.Rooms).Where(r => r.GetValue("_updatedAt", BsonNull.Value).IsBsonDateTime || r.GetValue("t", "") == "l").Select(r => r["_id"].AsString)];
    }
}
