using OmniCharts.ExportGenerator.Cli;
using OmniCharts.ExportGenerator.Output;
using OmniCharts.Ingestor.Cli;
using OmniCharts.IntegrationTests.Infrastructure;
using OmniCharts.IntegrationTests.Projector;
using OmniCharts.ReadModel.Generations;
using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Runs;

namespace OmniCharts.IntegrationTests.Ingestor.Builds;

/// <summary>A replay on an empty read model builds it and marks it complete only once the Projector applied every event.</summary>
public sealed class ReadModelBuildTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("build-export-").FullName;

    [Fact]
    public async Task A_replay_into_an_empty_read_model_builds_it_and_marks_it_ready_when_everything_was_applied()
    {
        ExportFiles.WriteTo(_folder, new GeneratorOptions(Seed: 5, Rooms: 60, Departments: 2, Start: new DateOnly(2026, 2, 1), Months: 1, MessagesPerRoom: 3));
        await using var projector = await ProjectorUnderTest.StartAsync();
        var state = new ReadModelStateStore(TestRedis.Connection, projector.Redis.Keys, TimeProvider.System);

        // Not told to --wait: building a read model waits all the same, or it could never be marked complete.
        var run = await ReplayRun.StartAsync(TestEnvironment.Settings(projector.Redis.Prefix, projector.BusPrefix), "replay", "--from", _folder);

        Assert.True(run.ExitCode == (int)ExitCode.Ok, run.Errors + run.Output);
        Assert.Contains($"read model: empty; this run builds generation {RedisKeySchema.SchemaVersion}", run.Output, StringComparison.Ordinal);
        Assert.Contains($"read model: generation {RedisKeySchema.SchemaVersion} is complete", run.Output, StringComparison.Ordinal);
        var built = await state.ReadAsync();
        Assert.True(built.IsReady);
        Assert.Equal((RedisKeySchema.SchemaVersion, "replay of " + _folder), (built.Live, built.LiveInfo!.Source));
        var published = (long)await TestRedis.Connection.GetDatabase().HashGetAsync(projector.Redis.Keys.Run(run.RunId), RunField.Published);
        var outcomes = await new RunProgressReader(TestRedis.Connection, projector.Redis.Keys).ReadAsync(run.RunId, published);
        Assert.True(outcomes.Covers(published) && outcomes.Failed == 0, $"{outcomes} of {published}");
        Assert.Contains($"published {published},", run.Output, StringComparison.Ordinal);

        var again = await ReplayRun.StartAsync(TestEnvironment.Settings(projector.Redis.Prefix, projector.BusPrefix), "replay", "--from", _folder);
        Assert.Contains($"read model: generation {RedisKeySchema.SchemaVersion} is complete; this run brings it up to date", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_replay_over_a_read_model_of_another_layout_builds_this_layouts_in_its_place_and_deletes_the_old_keys()
    {
        ExportFiles.WriteTo(_folder, new GeneratorOptions(Seed: 7, Rooms: 30, Departments: 1, Start: new DateOnly(2026, 2, 1), Months: 1, MessagesPerRoom: 2));
        await using var projector = await ProjectorUnderTest.StartAsync();
        var database = TestRedis.Connection.GetDatabase();
        // What an older version left: its generation live and complete, and its keys.
        var older = new ReadModelStateStore(TestRedis.Connection, projector.Redis.Keys.ForGeneration("v1"), TimeProvider.System);
        await older.MarkReadyAsync((await older.BeginBuildAsync("an older version's replay")).Generation);
        var oldKey = projector.Redis.Keys.ForGeneration("v1").Room("old-room");
        await database.HashSetAsync(oldKey, "v", "1");
        // This version's Projector writes nothing into it meanwhile: its keys mean something else there.
        await new OmniCharts.ReadModel.Writing.ReadModelWriter(TestRedis.Connection, projector.Redis.Keys).ApplyUserAsync(
            new OmniCharts.ReadModel.Writing.UserSnapshot("u1", 1, ["admin"], [], null));
        Assert.False(await database.KeyExistsAsync(projector.Redis.Keys.ForGeneration("v1").User("u1")));

        var run = await ReplayRun.StartAsync(TestEnvironment.Settings(projector.Redis.Prefix, projector.BusPrefix), "replay", "--from", _folder);

        Assert.True(run.ExitCode == (int)ExitCode.Ok, run.Errors + run.Output);
        Assert.Contains($"generation v1 was built by another version of OmniCharts, which this one cannot read; this run builds generation {RedisKeySchema.SchemaVersion} in its place", run.Output, StringComparison.Ordinal);
        Assert.Contains("read model: generation v1 (another version's): 1 keys deleted", run.Output, StringComparison.Ordinal);
        var built = await older.ReadAsync();
        Assert.True(built.IsReady);
        Assert.Equal((RedisKeySchema.SchemaVersion, "replay of " + _folder), (built.Live, built.LiveInfo!.Source));
        Assert.False(built.Fields.ContainsKey(StateField.Status("v1")));
        Assert.False(await database.KeyExistsAsync(oldKey));
    }

    [Fact]
    public async Task A_build_that_could_not_finish_leaves_the_reason_where_the_QueryApi_shows_it_and_a_new_run_takes_it_over()
    {
        ExportFiles.WriteTo(_folder, new GeneratorOptions(Seed: 6, Rooms: 20, Departments: 1, Start: new DateOnly(2026, 2, 1), Months: 1, MessagesPerRoom: 2));
        var prefix = TestEnvironment.NewKeyPrefix();
        var busPrefix = TestEnvironment.NewBusPrefix();
        var state = new ReadModelStateStore(TestRedis.Connection, new RedisKeySchema(prefix), TimeProvider.System);
        try
        {
            // No Projector: the events wait in RabbitMQ and the build cannot finish.
            var run = await ReplayRun.StartAsync(TestEnvironment.Settings(prefix, busPrefix), "replay", "--from", _folder, "--wait-timeout", "1");

            Assert.Equal((int)ExitCode.WaitTimedOut, run.ExitCode);
            var unfinished = await state.ReadAsync();
            Assert.False(unfinished.IsReady);
            Assert.Contains("had not applied them all", unfinished.LiveInfo!.Progress, StringComparison.Ordinal);
            var taken = await state.BeginBuildAsync("a second replay");
            Assert.Equal(BuildStart.Resumed, taken.Start);
        }
        finally
        {
            await OmniCharts.IntegrationTests.Parity.RedisKeyspace.DeleteAsync(prefix, keepState: false);
            await TestExchanges.DeleteAsync(busPrefix);
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
