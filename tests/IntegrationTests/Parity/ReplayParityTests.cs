using OmniCharts.ExportGenerator.Cli;
using OmniCharts.ExportGenerator.Output;
using OmniCharts.IntegrationTests.Infrastructure;
using OmniCharts.IntegrationTests.Ingestor;
using OmniCharts.IntegrationTests.Projector;
using OmniCharts.Ingestor.Cli;
using OmniCharts.Reference;
using OmniCharts.Reference.AnalyticsOverview;
using OmniCharts.Reference.ChartsData;
using OmniCharts.Reference.Histories;
using Xunit.Abstractions;

namespace OmniCharts.IntegrationTests.Parity;

/// <summary>
/// The real <c>replay</c> command on a generated export, through RabbitMQ to the in-process Projector: the QueryApi
/// answers charts-data and the analytics overview like the oracles over the same files, and replaying the folder again
/// or older versions changes nothing.
/// </summary>
public sealed class ReplayParityTests(ITestOutputHelper output) : IDisposable
{
    private static readonly DateOnly Start = new(2025, 12, 16);
    private static readonly Credential Manager = new("demo-manager", "demo-manager-token");
    private static readonly Credential Agent = new("demo-agent", "demo-agent-token");
    private readonly string folder = Directory.CreateTempSubdirectory("parity-export-").FullName;

    [Fact]
    public async Task Replayed_export_answers_like_the_oracle_and_replaying_again_or_older_versions_changes_nothing()
    {
        await RequiredServers.EnsureReachableAsync();
        var export = Path.Combine(folder, "export");
        ExportFiles.WriteTo(export, new GeneratorOptions(Seed: 11, Rooms: 240, Departments: 3, Start: Start, Months: 1, MessagesPerRoom: 4));
        var documents = ExportFolder.Read(export);
        await using var projector = await ProjectorUnderTest.StartAsync();
        await using var api = new ParityApi(projector.Redis.Prefix, "Pacific/Chatham", HourlyLabelStyle.RocketChat711, new DateTimeOffset(2026, 7, 20, 12, 0, 0, TimeSpan.Zero));
        var requests = Requests(documents);

        await ReplayAsync(projector, export);
        await AssertParityAsync(api, documents, requests, "first replay");
        var readModel = await DataAsync(projector);

        await ReplayAsync(projector, export);
        Assert.Equal(readModel, await DataAsync(projector));
        await AssertParityAsync(api, documents, requests, "second replay");

        var stale = Path.Combine(folder, "stale");
        var staleDocuments = ExportFolder.WriteStaleCopy(export, stale, count: 25);
        Assert.Contains($"published {staleDocuments},", (await ReplayAsync(projector, stale)).Output, StringComparison.Ordinal);
        Assert.Equal(readModel, await DataAsync(projector));
        await AssertParityAsync(api, documents, requests, "replay of older versions");
    }

    private static async Task<ReplayRun> ReplayAsync(ProjectorUnderTest projector, string from)
    {
        var configuration = TestEnvironment.Settings(projector.Redis.Prefix, projector.BusPrefix);
        var run = await ReplayRun.StartAsync(configuration, "replay", "--from", from, "--wait", "--wait-timeout", "60");
        Assert.True(run.ExitCode == (int)ExitCode.Ok, $"replay exited {run.ExitCode}: {run.Errors}\n{run.Output}");
        return run;
    }

    private async Task AssertParityAsync(ParityApi api, RawDocuments documents, IReadOnlyList<ChartRequest> requests, string when)
    {
        var tally = new ParityTally();
        await ParityCheck.CompareAsync(api, documents, requests, $"export seed 11, {when}", tally);
        output.WriteLine($"{when}: {tally}");
        tally.AssertParity(minimumNonZeroCharts: 50);

        var overview = OverviewParityCheck.NewTally();
        await OverviewParityCheck.CompareAsync(api, documents, OverviewRequestsOf(documents), $"export seed 11, {when}", overview);
        output.WriteLine($"{when}, overview: {overview}");
        overview.AssertParity(minimumNonZeroCharts: 100);
    }

    // Around the year end the export crosses, plus every name over the whole export for every department.
    private static List<OverviewRequest> OverviewRequestsOf(RawDocuments documents)
    {
        var departments = Departments(documents);
        var requests = new List<OverviewRequest>(OverviewRequests.For([Manager, Agent], departments, new DateOnly(2026, 1, 1), new Random(11)));
        var (from, to) = (Day(Start.AddDays(-1)), Day(Start.AddMonths(1)));
        foreach (var department in departments.Prepend(null))
        {
            foreach (var name in OverviewNames.Overview)
                requests.Add(OverviewRequests.Ask(OverviewEndpoint.Overview, Manager, name, from, to, department));
            foreach (var name in OverviewNames.AgentOverview)
                requests.Add(OverviewRequests.Ask(OverviewEndpoint.AgentOverview, Manager, name, from, to, department));
        }
        return requests;
    }

    private static List<string> Departments(RawDocuments documents) =>
        documents.Rooms.Select(r => r.GetValue("departmentId", "").ToString()!).Where(d => d.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static List<ChartRequest> Requests(RawDocuments documents)
    {
        var departments = Departments(documents);
        var requests = new List<ChartRequest>(ParityRequests.For([Manager, Agent], departments, new DateOnly(2025, 12, 31), new Random(11)));
        foreach (var chart in ChartNames.All)
        {
            foreach (var department in departments.Prepend(null))
                requests.Add(ParityRequests.Chart(Manager, chart, Start.AddDays(-1), Start.AddMonths(1), department));
        }
        return requests;
    }

    // The read model without the run counters, which every replay adds to.
    private static async Task<string> DataAsync(ProjectorUnderTest projector) =>
        string.Join('\n', (await projector.Redis.DumpAsync()).Split('\n').Where(line => !line.Contains(":run:", StringComparison.Ordinal)));

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
