using OmniCharts.ExportGenerator.Cli;
using OmniCharts.ExportGenerator.Output;
using OmniCharts.IntegrationTests.Infrastructure;
using OmniCharts.IntegrationTests.Parity;
using OmniCharts.IntegrationTests.Projector;
using OmniCharts.Ingestor.Cli;
using OmniCharts.Reference;

namespace OmniCharts.IntegrationTests.Ingestor.Backfill;

/// <summary>
/// A generated Rocket.Chat history (with team rooms and their messages beside the Omnichannel ones), and the read
/// model that <c>replay</c> of it leaves, which every backfill of the same documents must reproduce.
/// </summary>
public sealed class ReplayedHistory : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("backfill-export-").FullName;

    public RawDocuments Documents { get; private set; } = RawDocuments.Empty;

    /// <summary>The replayed read model, in <see cref="Normalized"/> form.</summary>
    public string ReadModel { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await RequiredServers.EnsureReachableAsync();
        ExportFiles.WriteTo(_folder, new GeneratorOptions(Seed: 23, Rooms: 90, Departments: 3, Start: new DateOnly(2025, 12, 16), Months: 1, MessagesPerRoom: 4));
        Documents = ExportFolder.Read(_folder);
        await using var projector = await ProjectorUnderTest.StartAsync();
        var run = await ReplayRun.StartAsync(TestEnvironment.Settings(projector.Redis.Prefix, projector.BusPrefix),
            "replay", "--from", _folder, "--wait", "--wait-timeout", "60");
        Assert.True(run.ExitCode == (int)ExitCode.Ok, $"replay exited {run.ExitCode}: {run.Errors}\n{run.Output}");
        ReadModel = Normalized(await projector.Redis.DumpAsync(), projector.Redis.Prefix);
    }

    /// <summary>A dump without the prefix, the run counters, the checkpoints and the state (its times and source differ by run): only what the charts read.</summary>
    public static string Normalized(string dump, string prefix) =>
        string.Join('\n', dump.Split('\n')
            .Where(line => !line.Contains(":run:", StringComparison.Ordinal) && !line.Contains(":checkpoint:", StringComparison.Ordinal)
                && !line.StartsWith(prefix + ":state =>", StringComparison.Ordinal))
            .Select(line => line.Replace(prefix + ":", "P:", StringComparison.Ordinal)));

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
