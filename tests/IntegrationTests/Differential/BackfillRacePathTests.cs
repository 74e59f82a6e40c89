using OmniCharts.IntegrationTests.Infrastructure;
using OmniCharts.IntegrationTests.Ingestor.Backfill;
using OmniCharts.IntegrationTests.Ingestor.ChangeStreams;
using OmniCharts.IntegrationTests.Parity;
using OmniCharts.IntegrationTests.Projector;
using OmniCharts.Ingestor.Cli;
using OmniCharts.Reference;
using OmniCharts.Reference.ChartsData;
using OmniCharts.Reference.Workspace;
using Xunit.Abstractions;

namespace OmniCharts.IntegrationTests.Differential;

/// <summary>
/// (e) The documented order: <c>serve</c>'s change-stream tail opens at the end of the first simulated day (what came
/// before is history), then the real <c>backfill</c> reads the database while it keeps changing
/// (<see cref="RacingBackfillSource"/>), the tail being handed the change events of the writes between its pages. The
/// backfill builds the read model (the QueryApi answers 503 before); when it is done the read model answers like the
/// workspace at that moment, and at each later step like the workspace then.
/// </summary>
public sealed class BackfillRacePathTests(ITestOutputHelper output) : IAsyncLifetime
{
    private ProjectorUnderTest _projector = null!;

    public static TheoryData<int> Seeds => DifferentialHistories.Seeds(first: 505);

    public async Task InitializeAsync() => _projector = await ProjectorUnderTest.StartAsync();

    public async Task DisposeAsync() => await _projector.DisposeAsync();

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task A_backfill_racing_the_tail_answers_like_the_workspace_when_done_and_after(int seed)
    {
        var workspace = DifferentialHistories.Play(seed);
        await using var api = DifferentialApi.Create(_projector.Redis.Prefix, workspace, "America/Santiago", HourlyLabelStyle.RocketChat711, readModelReady: false);

        await new DifferentialRunner(new BackfillRace(_projector, api), api, output).RunAsync(workspace, minimumNonZeroCharts: 150);
    }

    private sealed class BackfillRace(ProjectorUnderTest projector, ParityApi api) : IDifferentialPath
    {
        public string Name => "backfill racing the change-stream tail";

        public async Task RunAsync(SimulatedWorkspace workspace, StepCheck check)
        {
            var prefix = projector.Redis.Prefix;
            await RedisKeyspace.DeleteAsync(prefix, keepState: false);
            var steps = HistorySteps.Of(workspace);
            var stream = new ScriptedChangeStream(new Sequence());
            var feed = new StreamFeed(workspace, ChangeStreamOptions.Default, workspace.Script.Seed, prefix);
            var runs = new LiveRuns(projector);
            var ingestor = await LiveIngestor.StartAsync(projector, stream, new SimulatedRocketChat(workspace), LiveSettings.For("changestream", workspace));
            try
            {
                var opened = await stream.NextOpenedAsync();
                var openedAt = steps[1].Writes;
                feed.OpenAt(openedAt);
                feed.Push(opened, steps[1].Writes + 20);
                await feed.ConfirmedAsync();
                await DifferentialApi.AssertUnavailableAsync(api, workspace, "with only the tail running");

                var source = new RacingBackfillSource(workspace, feed.Delivered, Math.Max(1, workspace.Writes.Count / 40),
                    Math.Max(2, workspace.Script.Options.OmnichannelRooms / 8), moment => feed.Push(opened, moment));
                var backfill = await BackfillInvocation.RunAsync(TestEnvironment.Settings(prefix, projector.BusPrefix), source,
                    ["--page-size", $"{Math.Max(2, workspace.Script.Options.OmnichannelRooms / 8)}", "--rate", "0", "--wait", "--wait-timeout", "180"]);
                Assert.True(backfill.ExitCode == (int)ExitCode.Ok, backfill.ToString());

                var doneDay = DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(workspace.TimeAt(source.Moment)).UtcDateTime);
                var done = new HistoryStep(steps.Count, $"the backfill's end, {source.PagesRead} pages", doneDay, source.Moment);
                foreach (var step in steps.Where(s => s.Writes > source.Moment).Prepend(done))
                {
                    feed.Push(opened, step.Writes);
                    await feed.ConfirmedAsync();
                    await runs.AppliedAsync(ingestor);
                    var state = workspace.StateAt(step.Writes);
                    var delivered = state.Documents(Collections.Rooms).Select(r => r["_id"].AsString)
                        .Concat(workspace.Writes.Skip(openedAt).Take(step.Writes - openedAt).Where(w => w.Collection == Collections.Rooms).Select(w => w.Id))
                        .ToHashSet(StringComparer.Ordinal);
                    if (!await check(new PathStep(step, "raced", state.ToRawDocuments(), delivered)))
                        return;
                }
            }
            finally
            {
                await runs.StopAsync(ingestor);
            }
        }
    }
}
