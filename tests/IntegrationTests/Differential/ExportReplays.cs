using OmniCharts.IntegrationTests.Infrastructure;
using OmniCharts.IntegrationTests.Ingestor;
using OmniCharts.IntegrationTests.Projector;
using OmniCharts.Ingestor.Cli;
using OmniCharts.Reference;
using OmniCharts.Reference.Workspace;

namespace OmniCharts.IntegrationTests.Differential;

/// <summary>Writes exports as mongoexport folders and replays each with the real <c>replay --wait</c>, through RabbitMQ to the Projector.</summary>
internal sealed class ExportReplays(ProjectorUnderTest projector) : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("differential-exports-").FullName;
    private int _folders;

    /// <summary>Replays <paramref name="export"/>, or only the files of <paramref name="collections"/> when given.</summary>
    public Task ReplayAsync(WorkspaceExport export, params string[] collections) =>
        ReplayAsync(folder => MongoExport.WriteExport(folder, export, collections));

    /// <summary>Replays a folder holding exactly <paramref name="documents"/>, in mongoexport's format.</summary>
    public Task ReplayAsync(RawDocuments documents) => ReplayAsync(folder =>
    {
        Directory.CreateDirectory(folder);
        (string Collection, IReadOnlyList<MongoDB.Bson.BsonDocument> Documents)[] files =
        [
            (Collections.Settings, documents.Settings), (Collections.Permissions, documents.Permissions), (Collections.Users, documents.Users),
            (Collections.Rooms, documents.Rooms), (Collections.Messages, documents.Messages),
        ];
        foreach (var (collection, list) in files)
            File.WriteAllLines(Path.Combine(folder, MongoExport.FileName(collection)), list.Select(MongoExport.Line));
    });

    private async Task ReplayAsync(Action<string> write)
    {
        var folder = Path.Combine(_root, $"{_folders++:D3}");
        write(folder);
        var run = await ReplayRun.StartAsync(TestEnvironment.Settings(projector.Redis.Prefix, projector.BusPrefix),
            "replay", "--from", folder, "--wait", "--wait-timeout", "180");
        Assert.True(run.ExitCode == (int)ExitCode.Ok, $"replay of {folder} exited {run.ExitCode}:\n{run.Errors}\n{run.Output}");
        Directory.Delete(folder, recursive: true);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
