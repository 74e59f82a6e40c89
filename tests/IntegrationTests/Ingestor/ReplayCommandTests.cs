using OmniCharts.Contracts;
using OmniCharts.Ingestor.Cli;
using OmniCharts.IntegrationTests.Infrastructure;
using OmniCharts.IntegrationTests.Parity;
using OmniCharts.ReadModel.Hosting;
using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Runs;
using Microsoft.Extensions.Configuration;
using StackExchange.Redis;

namespace OmniCharts.IntegrationTests.Ingestor;

public sealed class ReplayCommandTests : IAsyncLifetime
{
    private const string Updated = "\"_updatedAt\":{\"$date\":\"2026-03-04T10:21:38.140Z\"}";
    private readonly string _prefix = $"t-{Guid.NewGuid():N}";
    private readonly ExportDirectory _export = new();

    private Dictionary<string, string?> Configuration => new() { ["Bus:EntityPrefix"] = _prefix, ["ReadModel:KeyPrefix"] = _prefix };

    [Fact]
    public async Task Good_lines_are_published_with_the_run_header_and_a_malformed_line_is_reported_with_its_place()
    {
        _export.Write("rocketchat_settings.json", $$"""{"_id":"Language","value":"en",{{Updated}} }""");
        _export.Write("users.json", $$"""{"_id":"u1","roles":["livechat-manager"],"services":{"resume":{"loginTokens":[{"hashedToken":"h1"} ] } },{{Updated}} }""");
        var rooms = _export.Write("rocketchat_room.json",
            $$"""{"_id":"r1","t":"l","ts":{"$date":"2026-03-04T10:15:02.481Z"},{{Updated}} }""",
            $$"""{"_id":"d1","t":"d","ts":{"$date":"2026-03-04T10:15:02.481Z"},{{Updated}} }""",
            """{"_id":"r2","t":"l",""",
            $$"""{"_id":"r3","t":"l","ts":{"$date":{"$numberLong":"1772619302481"} },"metrics":{"chatDuration":{"$numberDouble":"1.5"} },{{Updated}} }""");
        _export.Write("rocketchat_message.json",
            $$"""{"_id":"m1","rid":"r1","ts":{"$date":"2026-03-04T10:15:03Z"},"token":"v",{{Updated}} }""",
            $$"""{"_id":"m2","rid":"d1","ts":{"$date":"2026-03-04T10:15:03Z"},{{Updated}} }""",
            $$"""{"_id":"m3","rid":"r3","ts":{"$date":"2026-03-04T10:15:03Z"},"_hidden":true,{{Updated}} }""",
            // Its room came in an earlier folder: whether it counts is the Projector's decision.
            """{"_id":"m4","rid":"elsewhere","ts":{"$date":"2026-03-04T10:15:03Z"}}""");
        await using var collector = await EventCollector.StartAsync(_prefix);

        var run = await ReplayRun.StartAsync(Configuration, "replay", "--from", _export.Path);

        Assert.Equal((int)ExitCode.Rejected, run.ExitCode);
        Assert.StartsWith($"{rooms}:3: ", run.Errors, StringComparison.Ordinal);
        // The DM goes out as a room that is not Omnichannel; its message is skipped, as the Projector would drop it.
        Assert.Contains("total: read 10, published 8, skipped 1, rejected 1, unversioned 1", run.Output, StringComparison.Ordinal);
        await collector.WaitForAsync(8, TimeSpan.FromSeconds(20));
        await Task.Delay(300);
        Assert.Equal(8, collector.Received.Count);
        Assert.All(collector.Received, received => Assert.Equal(run.RunId, received.RunId));
        Assert.Equal(["d1", "r1", "r3"], collector.Received.Select(r => r.Message).OfType<RoomChanged>().Select(room => room.RoomId).Order());
        Assert.Equal(["m1", "m3", "m4"], collector.Received.Select(r => r.Message).OfType<MessageChanged>().Select(message => message.MessageId).Order());
        Assert.Equal(1.5, collector.Received.Select(r => r.Message).OfType<RoomChanged>().Single(room => room.RoomId == "r3").ChatDurationSeconds);
    }

    [Fact]
    public async Task Wait_returns_once_the_projector_marked_every_event_of_the_run()
    {
        _export.Write("rocketchat_room.json", $$"""{"_id":"r1","t":"l","ts":{"$date":"2026-03-04T10:15:02.481Z"},{{Updated}} }""");
        _export.Write("rocketchat_message.json", $$"""{"_id":"m1","rid":"r1","ts":{"$date":"2026-03-04T10:15:03Z"},{{Updated}} }""");
        using var redis = await ConnectRedisAsync();
        var keys = new RedisKeySchema(_prefix);
        var marks = new RunProgressWriter(redis, keys);
        await using var projector = await EventCollector.StartAsync(_prefix, received =>
            marks.MarkAsync(received.RunId!, [new RunNumbers(received.Sequence!.Value, 1)], []));

        var run = await ReplayRun.StartAsync(Configuration, "replay", "--from", _export.Path, "--wait", "--wait-timeout", "30");

        Assert.True(run.ExitCode == (int)ExitCode.Ok, run.Errors);
        Assert.Contains("projector: applied 2, failed 0 of 2", run.Output, StringComparison.Ordinal);
        Assert.Equal(2, (long)await redis.GetDatabase().HashGetAsync(keys.Run(run.RunId), RunField.Published));
        await DeleteRunAsync(redis, keys, run.RunId);
    }

    [Fact]
    public async Task Wait_names_a_Projector_that_counts_the_old_way()
    {
        _export.Write("rocketchat_settings.json", $$"""{"_id":"Language","value":"en",{{Updated}} }""");
        using var redis = await ConnectRedisAsync();
        var keys = new RedisKeySchema(_prefix);
        await using var projector = await EventCollector.StartAsync(_prefix, received =>
            redis.GetDatabase().HashIncrementAsync(keys.Run(received.RunId!), RunField.LegacyApplied));

        var run = await ReplayRun.StartAsync(Configuration, "replay", "--from", _export.Path, "--wait", "--wait-timeout", "2");

        Assert.Equal((int)ExitCode.WaitTimedOut, run.ExitCode);
        Assert.Contains("the Projector is older than this Ingestor", run.Errors, StringComparison.Ordinal);
        await DeleteRunAsync(redis, keys, run.RunId);
    }

    [Fact]
    public async Task Wait_without_a_projector_times_out_with_an_explanation()
    {
        _export.Write("rocketchat_settings.json", $$"""{"_id":"Language","value":"en",{{Updated}} }""");

        var run = await ReplayRun.StartAsync(Configuration, "replay", "--from", _export.Path, "--wait", "--wait-timeout", "1");

        Assert.Equal((int)ExitCode.WaitTimedOut, run.ExitCode);
        Assert.Contains("the projector applied 0 and failed 0 of the 1 events", run.Errors, StringComparison.Ordinal);
        Assert.Contains("_error", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_export_directory_is_a_usage_error()
    {
        var run = await ReplayRun.StartAsync(Configuration, "replay", "--from", Path.Combine(_export.Path, "nope"));

        Assert.Equal((int)ExitCode.Usage, run.ExitCode);
        Assert.Contains("export directory not found", run.Errors, StringComparison.Ordinal);
    }

    // These replays update a complete read model: they publish and return unless told to --wait.
    public Task InitializeAsync() => QueryApiHost.MarkReadyAsync(_prefix);

    public async Task DisposeAsync()
    {
        _export.Dispose();
        await RedisKeyspace.DeleteAsync(_prefix, keepState: false);
        await TestExchanges.DeleteAsync(_prefix);
        // --wait stores the run's published count (and a Projector its marks) under the test's prefix.
        await foreach (var key in TestRedis.Connection.GetServers()[0].KeysAsync(pattern: _prefix + ":*"))
            await TestRedis.Connection.GetDatabase().KeyDeleteAsync(key);
    }

    private static async Task DeleteRunAsync(ConnectionMultiplexer redis, RedisKeySchema keys, string runId) =>
        await redis.GetDatabase().KeyDeleteAsync([keys.Run(runId), keys.RunBlock(runId, RunField.DoneBitmap, 0), keys.RunBlock(runId, RunField.FailedBitmap, 0)]);

    private static async Task<ConnectionMultiplexer> ConnectRedisAsync()
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        return await ConnectionMultiplexer.ConnectAsync(ReadModelRegistration.RedisConnectionString(configuration));
    }
}
