using System.Collections.Concurrent;
using MongoDB.Bson;
using OmniCharts.ExportGenerator.Cli;
using OmniCharts.ExportGenerator.Output;
using OmniCharts.Ingestor.Cli;
using OmniCharts.Ingestor.Documents;
using OmniCharts.IntegrationTests.Infrastructure;
using OmniCharts.IntegrationTests.Parity;
using OmniCharts.IntegrationTests.Projector;
using OmniCharts.Reference;
using OmniCharts.Reference.ChartsData;
using OmniCharts.Reference.Histories;
using OmniCharts.ReadModel.Generations;
using OmniCharts.ReadModel.Keys;
using Xunit.Abstractions;

namespace OmniCharts.IntegrationTests.Ingestor.Builds;

/// <summary>
/// <c>rebuild</c> builds a new generation beside the live one while the QueryApi keeps answering from the old; a
/// live change made during the rebuild reaches the new generation too; the switch is one step; the old one is deleted.
/// </summary>
public sealed class RebuildTests(ITestOutputHelper output) : IDisposable
{
    private static readonly DateOnly Start = new(2026, 1, 5);
    private static readonly Credential Manager = new("demo-manager", "demo-manager-token");
    private readonly string _folder = Directory.CreateTempSubdirectory("rebuild-").FullName;

    [Fact]
    public async Task A_rebuild_switches_generations_with_every_answer_exact_and_none_failed_under_load()
    {
        var before = Path.Combine(_folder, "before");
        var after = Path.Combine(_folder, "after");
        ExportFiles.WriteTo(before, new GeneratorOptions(Seed: 31, Rooms: 80, Departments: 2, Start: Start, Months: 1, MessagesPerRoom: 3));
        ExportFiles.WriteTo(after, new GeneratorOptions(Seed: 32, Rooms: 120, Departments: 2, Start: Start, Months: 1, MessagesPerRoom: 3));
        await using var projector = await ProjectorUnderTest.StartAsync();
        var settings = TestEnvironment.Settings(projector.Redis.Prefix, projector.BusPrefix);
        Assert.Equal((int)ExitCode.Ok, (await ReplayRun.StartAsync(settings, "replay", "--from", before)).ExitCode);
        await using var api = new ParityApi(projector.Redis.Prefix, "UTC", HourlyLabelStyle.Fixed, DateTimeOffset.UnixEpoch);
        var request = ParityRequests.Chart(Manager, ChartNames.TotalConversations, Start, Start.AddDays(30), null);
        var oldAnswer = ChartsDataOracle.Answer(ExportFolder.Read(before), request, api.Oracle);
        Assert.Equal(oldAnswer, (await api.AskAsync(request)).Answer);

        // Requests go on all through the rebuild: each must be the old generation's answer or the new one's.
        var answers = new ConcurrentBag<ChartAnswer>();
        using var stop = new CancellationTokenSource();
        var load = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
                answers.Add((await api.AskAsync(request)).Answer);
        });
        var state = new ReadModelStateStore(TestRedis.Connection, projector.Redis.Keys, TimeProvider.System);
        var rebuild = ReplayRun.StartAsync(settings, "rebuild", "--from", after, "--keep-old", "1");
        await ProjectorUnderTest.EventuallyAsync(async () => (await state.ReadAsync()).Building is not null || rebuild.IsCompleted, "the rebuild began");
        // A change the live tail sees during the rebuild: a new room, published without a target generation.
        var liveRoom = new BsonDocument
        {
            ["_id"] = "live-room", ["t"] = "l", ["ts"] = new BsonDateTime(new DateTime(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc)),
            ["_updatedAt"] = new BsonDateTime(new DateTime(2026, 2, 20, 0, 0, 0, DateTimeKind.Utc)),
        };
        await projector.PublishAsync(DocumentMapper.Map(RocketChatCollection.Rooms, liveRoom).Event!, Guid.NewGuid().ToString("N"));
        var run = await rebuild;
        await stop.CancelAsync();
        await load;

        output.WriteLine(run.Output);
        Assert.True(run.ExitCode == (int)ExitCode.Ok, run.Errors + run.Output);
        var documents = ExportFolder.Read(after);
        var expected = ChartsDataOracle.Answer(documents with { Rooms = [.. documents.Rooms, liveRoom] }, request, api.Oracle);
        var switched = await state.ReadAsync();
        Assert.Equal(($"{RedisKeySchema.SchemaVersion}.2", null), (switched.Live, switched.Building));
        Assert.Equal(expected, (await api.AskAsync(request)).Answer);
        var wrong = answers.Where(a => a != oldAnswer && a != expected && a != AnswerWithLiveRoom(before, liveRoom, request, api)).ToList();
        Assert.True(answers.Count > 10 && wrong.Count == 0, $"{answers.Count} answers during the rebuild, {wrong.Count} neither old nor new: {wrong.FirstOrDefault()}");
        Assert.Equal(0, await state.DeleteGenerationAsync(RedisKeySchema.SchemaVersion));
    }

    private static ChartAnswer AnswerWithLiveRoom(string folder, BsonDocument liveRoom, ChartRequest request, ParityApi api)
    {
        var documents = ExportFolder.Read(folder);
        return ChartsDataOracle.Answer(documents with { Rooms = [.. documents.Rooms, liveRoom] }, request, api.Oracle);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
