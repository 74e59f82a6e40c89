using Microsoft.Extensions.Time.Testing;
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
/// (c) <c>serve</c>'s change-stream tail (<see cref="LiveIngestor"/>) fed the simulated workspace's change events from
/// its first write, in batches. With pre-images on messages and the lookup seeing each update's own result, the
/// read model answers like the workspace at every step, a restart mid-history resumes after the stored token, and
/// the reconciliation finds nothing to repair. Without pre-images a message delete is skipped, and with a lookup lag
/// an update carries a later version: the reconciliation run at every step (over the workspace as it then stands)
/// repairs the deletions, and at the end the read model answers like the final workspace.
/// </summary>
public sealed class ChangeStreamPathTests(ITestOutputHelper output) : IAsyncLifetime
{
    private ProjectorUnderTest _projector = null!;

    public static TheoryData<int> Seeds => DifferentialHistories.Seeds(first: 303);

    public async Task InitializeAsync() => _projector = await ProjectorUnderTest.StartAsync();

    public async Task DisposeAsync() => await _projector.DisposeAsync();

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task The_tail_answers_like_the_workspace_at_every_step_and_resumes_after_its_token_when_restarted(int seed)
    {
        var workspace = DifferentialHistories.Play(seed);
        await using var api = DifferentialApi.Create(_projector.Redis.Prefix, workspace, "America/New_York", HourlyLabelStyle.Fixed, readModelReady: false);
        var path = new Tail(_projector, ChangeStreamOptions.Default, RestartAt: HistorySteps.Of(workspace).Count / 2, EveryStep: true);

        await new DifferentialRunner(path, api, output).RunAsync(workspace, minimumNonZeroCharts: 150);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Without_pre_images_and_with_a_lookup_lag_the_reconciliation_repairs_what_the_tail_skipped(int seed)
    {
        var workspace = DifferentialHistories.Play(seed + 1);
        await using var api = DifferentialApi.Create(_projector.Redis.Prefix, workspace, "Australia/Lord_Howe", HourlyLabelStyle.Fixed, readModelReady: false);
        var options = ChangeStreamOptions.Default with { LookupLag = 40, PreImageCollections = new HashSet<string>() };
        var path = new Tail(_projector, options, RestartAt: null, EveryStep: false);

        await new DifferentialRunner(path, api, output).RunAsync(workspace, minimumNonZeroCharts: 150);
    }

    /// <param name="RestartAt">The step in the middle of which the tail is stopped, without waiting for its last batches, and started again.</param>
    /// <param name="EveryStep">Compare at every step; otherwise only at the end (a lookup lag lets the read model run ahead of a step).</param>
    private sealed record Tail(ProjectorUnderTest Projector, ChangeStreamOptions Options, int? RestartAt, bool EveryStep) : IDifferentialPath
    {
        private bool Reconciles => Options.PreImageCollections?.Contains(Collections.Messages) != true;

        public string Name => $"change-stream tail (lookup lag {Options.LookupLag}, {(Reconciles ? "no pre-images, reconciled" : "pre-images")})";

        public async Task RunAsync(SimulatedWorkspace workspace, StepCheck check)
        {
            var prefix = Projector.Redis.Prefix;
            await RedisKeyspace.DeleteAsync(prefix, keepState: false);
            // A live tail alone never makes a read model ready: a backfill or replay would; here the tail is the whole history.
            await QueryApiHost.MarkReadyAsync(prefix);
            var clock = new FakeTimeProvider(workspace.Script.WindowStart.AddDays(-1));
            var stream = new ScriptedChangeStream(new Sequence());
            var database = new SimulatedRocketChat(workspace);
            var runs = new LiveRuns(Projector);
            var feed = new StreamFeed(workspace, Options, workspace.Script.Seed, prefix);
            var settings = LiveSettings.For("changestream", workspace);
            var ingestor = await LiveIngestor.StartAsync(Projector, stream, database, settings, clock: clock);
            try
            {
                var opened = await stream.NextOpenedAsync();
                Assert.Null(stream.Opens.Single().ResumeAfter);
                feed.OpenAt(0);
                foreach (var step in HistorySteps.Of(workspace))
                {
                    if (step.Index == RestartAt)
                    {
                        feed.Push(opened, (feed.Delivered + step.Writes) / 2);
                        await runs.StopAsync(ingestor);
                        var stored = await feed.StoredTokenAsync();
                        ingestor = await LiveIngestor.StartAsync(Projector, stream, database, settings, clock: clock);
                        opened = await stream.NextOpenedAsync();
                        Assert.Equal(stored, stream.Opens.Last().ResumeAfter);
                        feed.ResumeAfter(stored);
                    }
                    feed.Push(opened, step.Writes);
                    await feed.ConfirmedAsync();
                    database.Moment = step.Writes;
                    clock.SetUtcNow(LiveSettings.After(workspace, step.Writes));
                    // Compared only once the Projector applied what the tail published: before, any change still in flight looks missing.
                    await runs.AppliedAsync(ingestor);
                    var repairs = await ingestor.Reconciler.RunAsync(CancellationToken.None);
                    Assert.True(Reconciles || (repairs.Refreshed, repairs.Deleted) == (0, 0),
                        $"At {step}, with every change followed, the reconciliation still found {repairs} to repair.");
                    await runs.AppliedAsync(ingestor);
                    if ((EveryStep || step.Writes == workspace.Writes.Count) &&
                        !await check(new PathStep(step, "tail", workspace.StateAt(step.Writes).ToRawDocuments(), TeamChatCheck.InsertedRooms(workspace, step.Writes))))
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
