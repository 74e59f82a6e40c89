using OmniCharts.IntegrationTests.Ingestor.Backfill;
using OmniCharts.IntegrationTests.Parity;
using OmniCharts.IntegrationTests.Projector;
using OmniCharts.Reference;
using OmniCharts.Reference.ChartsData;
using OmniCharts.Reference.Workspace;
using Xunit.Abstractions;

namespace OmniCharts.IntegrationTests.Differential;

/// <summary>
/// (b) A full export, then at each step an incremental one (<c>_updatedAt</c> after the previous step), each replayed
/// with the real <c>replay</c>; every other increment comes as two folders, one holding only
/// <c>rocketchat_message.json</c> (its messages' rooms came in earlier folders, or come in the next one). After each
/// folder the QueryApi answers like the oracle over the union of what was replayed; at the end the read model is
/// the one a single replay of the newest version of every document leaves, key for key.
/// </summary>
public sealed class IncrementalExportPathTests(ITestOutputHelper output) : IAsyncLifetime
{
    private ProjectorUnderTest _projector = null!;

    public static TheoryData<int> Seeds => DifferentialHistories.Seeds(first: 202);

    public async Task InitializeAsync() => _projector = await ProjectorUnderTest.StartAsync();

    public async Task DisposeAsync() => await _projector.DisposeAsync();

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Incremental_exports_answer_like_their_union_and_leave_the_read_model_one_replay_of_the_newest_versions_leaves(int seed)
    {
        var workspace = DifferentialHistories.Play(seed);
        await using var api = DifferentialApi.Create(_projector.Redis.Prefix, workspace, "Asia/Kolkata", HourlyLabelStyle.Fixed, readModelReady: false);
        using var path = new IncrementalExports(_projector);

        await new DifferentialRunner(path, api, output).RunAsync(workspace, minimumNonZeroCharts: 150);

        await using var once = await ProjectorUnderTest.StartAsync();
        using (var replays = new ExportReplays(once))
            await replays.ReplayAsync(path.Union);
        var incremental = ReplayedHistory.Normalized(await _projector.Redis.DumpAsync(), _projector.Redis.Prefix);
        var single = ReplayedHistory.Normalized(await once.Redis.DumpAsync(), once.Redis.Prefix);
        Assert.True(incremental == single, "The incremental replays left another read model than one replay of their union:\n" + FirstDifference(incremental, single));
    }

    private static string FirstDifference(string actual, string expected)
    {
        var (a, e) = (actual.Split('\n'), expected.Split('\n'));
        var only = a.Except(e).Take(10).Select(l => "incremental only: " + l).Concat(e.Except(a).Take(10).Select(l => "single only:      " + l));
        return string.Join('\n', only);
    }

    private sealed class IncrementalExports(ProjectorUnderTest projector) : IDifferentialPath, IDisposable
    {
        private readonly ExportReplays _replays = new(projector);

        public string Name => "incremental exports (replay)";

        /// <summary>The newest version of every document replayed in the last run.</summary>
        public RawDocuments Union { get; private set; } = RawDocuments.Empty;

        public async Task RunAsync(SimulatedWorkspace workspace, StepCheck check)
        {
            await RedisKeyspace.DeleteAsync(projector.Redis.Prefix, keepState: false);
            var steps = HistorySteps.Of(workspace);
            var exports = new List<WorkspaceExport>();
            for (var k = 0; k < steps.Count; k++)
            {
                var export = k == 0 ? MongoExport.Full(workspace, steps[0].Writes) : MongoExport.Incremental(workspace, steps[k - 1].Writes, steps[k].Writes);
                var before = MongoExport.ExportUnion(exports);
                exports.Add(export);
                Union = MongoExport.ExportUnion(exports);
                if (k % 2 == 1)
                {
                    // The messages alone first: those of rooms replayed in earlier folders count at once.
                    await _replays.ReplayAsync(export, Collections.Messages);
                    if (!await check(new PathStep(steps[k], "messages only", before with { Messages = Union.Messages }, RoomsOf(before))))
                        return;
                    await _replays.ReplayAsync(export, Collections.Settings, Collections.Permissions, Collections.Users, Collections.Rooms);
                }
                else
                {
                    await _replays.ReplayAsync(export);
                }
                if (!await check(new PathStep(steps[k], k == 0 ? "full" : "incremental", Union, RoomsOf(Union))))
                    return;
            }
        }

        private static HashSet<string> RoomsOf(RawDocuments documents) =>
            documents.Rooms.Select(r => r["_id"].AsString).ToHashSet(StringComparer.Ordinal);

        public void Dispose() => _replays.Dispose();
    }
}
