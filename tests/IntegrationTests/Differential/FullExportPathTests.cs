using OmniCharts.IntegrationTests.Parity;
using OmniCharts.IntegrationTests.Projector;
using OmniCharts.Reference.ChartsData;
using OmniCharts.Reference.Workspace;
using Xunit.Abstractions;

namespace OmniCharts.IntegrationTests.Differential;

/// <summary>
/// (a) A series of full exports (one at each step) replayed one after the other with the real <c>replay</c>: in
/// order, then on an emptied read model out of order and repeated. After each replay the QueryApi answers like the
/// oracle over <see cref="MongoExport.ExportUnion"/> of the exports replayed so far (exports never show deletions).
/// The first replay on an empty read model builds it: the QueryApi answers 503 before it.
/// </summary>
public sealed class FullExportPathTests(ITestOutputHelper output) : IAsyncLifetime
{
    private ProjectorUnderTest _projector = null!;

    public static TheoryData<int> Seeds => DifferentialHistories.Seeds(first: 101);

    public async Task InitializeAsync() => _projector = await ProjectorUnderTest.StartAsync();

    public async Task DisposeAsync() => await _projector.DisposeAsync();

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Full_exports_replayed_in_order_out_of_order_and_again_answer_like_the_union_of_the_exports(int seed)
    {
        var workspace = DifferentialHistories.Play(seed);
        await using var api = DifferentialApi.Create(_projector.Redis.Prefix, workspace, "UTC", HourlyLabelStyle.Fixed, readModelReady: false);
        using var path = new FullExports(_projector, api);

        await new DifferentialRunner(path, api, output).RunAsync(workspace, minimumNonZeroCharts: 150);
    }

    private sealed class FullExports(ProjectorUnderTest projector, ParityApi api) : IDifferentialPath, IDisposable
    {
        private readonly ExportReplays _replays = new(projector);

        public string Name => "full exports (replay)";

        public async Task RunAsync(SimulatedWorkspace workspace, StepCheck check)
        {
            var steps = HistorySteps.Of(workspace);
            var exports = steps.Select(s => MongoExport.Full(workspace, s.Writes)).ToList();
            var (newest, middle) = (steps.Count - 1, steps.Count / 2);
            (string Phase, int[] Order)[] passes =
            [
                ("in order", [.. Enumerable.Range(0, steps.Count)]),
                ("out of order", [newest, 0, middle, newest, 1, middle]),
            ];
            foreach (var (phase, order) in passes)
            {
                await RedisKeyspace.DeleteAsync(projector.Redis.Prefix, keepState: false);
                await DifferentialApi.AssertUnavailableAsync(api, workspace, $"before the first replay ({phase})");
                var replayed = new List<WorkspaceExport>();
                for (var i = 0; i < order.Length; i++)
                {
                    await _replays.ReplayAsync(exports[order[i]]);
                    replayed.Add(exports[order[i]]);
                    var union = MongoExport.ExportUnion(replayed);
                    var delivered = union.Rooms.Select(r => r["_id"].AsString).ToHashSet(StringComparer.Ordinal);
                    if (!await check(new PathStep(steps[order[i]], $"{phase}, replay {i + 1}", union, delivered)))
                        return;
                }
            }
        }

        public void Dispose() => _replays.Dispose();
    }
}
