using OmniCharts.IntegrationTests.Infrastructure;
using OmniCharts.ReadModel.Hosting;

namespace OmniCharts.IntegrationTests.ReadModel.Hosting;

/// <summary>
/// The Projector and the QueryApi, started as processes against a private redis-server, refuse one that may evict keys:
/// an evicted bucket is a wrong chart. The shared Redis is only read (CONFIG GET), never configured.
/// </summary>
public sealed class RedisEvictionTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("Projector")]
    [InlineData("QueryApi")]
    public async Task A_Redis_that_evicts_keys_is_refused_with_the_setting_and_the_fix(string program)
    {
        await using var redis = await PrivateRedis.StartAsync("--maxmemory-policy", "allkeys-lru");
        await using var process = ProgramProcess.Start(program, Environment(redis), Arguments(program));

        var exitCode = await process.ExitCodeAsync(Deadline);

        Assert.True(exitCode == RedisEvictionGuard.ExitCode, $"exit code {exitCode}:\n{process.Output}");
        Assert.Contains("maxmemory-policy allkeys-lru", process.Output, StringComparison.Ordinal);
        Assert.Contains($"redis-cli -h 127.0.0.1 -p {redis.Port} CONFIG SET maxmemory-policy noeviction", process.Output, StringComparison.Ordinal);
        Assert.Contains("'maxmemory-policy noeviction' in redis.conf", process.Output, StringComparison.Ordinal);
        Assert.Contains("ReadModel__AllowEvictingRedis=true", process.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", process.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_override_the_QueryApi_starts_and_warns()
    {
        await using var redis = await PrivateRedis.StartAsync("--maxmemory-policy", "allkeys-lru");
        var environment = Environment(redis);
        environment["ReadModel__AllowEvictingRedis"] = "true";
        await using var process = ProgramProcess.Start("QueryApi", environment, Arguments("QueryApi"));

        await process.WaitForOutputAsync("Now listening on", Deadline);

        Assert.Contains("warn:", process.Output, StringComparison.Ordinal);
        Assert.Contains("maxmemory-policy allkeys-lru", process.Output, StringComparison.Ordinal);
        Assert.Contains("Going on because ReadModel__AllowEvictingRedis=true", process.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_CONFIG_is_renamed_the_QueryApi_says_it_cannot_check_and_starts()
    {
        await using var redis = await PrivateRedis.StartAsync("--maxmemory-policy", "allkeys-lru", "--rename-command", "CONFIG", "");
        await using var process = ProgramProcess.Start("QueryApi", Environment(redis), Arguments("QueryApi"));

        await process.WaitForOutputAsync("Now listening on", Deadline);

        Assert.Contains("Cannot read the maxmemory-policy", process.Output, StringComparison.Ordinal);
        Assert.Contains("CONFIG is disabled or renamed", process.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Redis_that_comes_back_evicting_stops_the_QueryApi()
    {
        await using var first = await PrivateRedis.StartAsync();
        var port = first.Port;
        await using var process = ProgramProcess.Start("QueryApi", Environment(first), Arguments("QueryApi"));
        await process.WaitForOutputAsync("Now listening on", Deadline);
        Assert.Contains("Redis keeps every key (maxmemory-policy noeviction)", process.Output, StringComparison.Ordinal);

        await first.DisposeAsync();
        await using var second = await PrivateRedis.StartOnAsync(port, "--maxmemory-policy", "volatile-lru");

        var exitCode = await process.ExitCodeAsync(Deadline);
        Assert.True(exitCode == RedisEvictionGuard.ExitCode, $"exit code {exitCode}:\n{process.Output}");
        Assert.Contains("maxmemory-policy volatile-lru", process.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_shared_Redis_keeps_every_key()
    {
        await RequiredServers.EnsureReachableAsync();

        var check = await RedisEvictionPolicy.CheckAsync(TestRedis.ConnectionString, allowEvicting: false);

        Assert.Equal(RedisEvictionVerdict.KeepsEverything, check.Verdict);
    }

    private static Dictionary<string, string> Environment(PrivateRedis redis) => new()
    {
        ["ConnectionStrings__redis"] = redis.ConnectionString,
        ["ConnectionStrings__rabbitmq"] = TestEnvironment.RabbitMq.ToString(),
        ["ReadModel__KeyPrefix"] = TestEnvironment.NewKeyPrefix(),
        ["Bus__EntityPrefix"] = TestEnvironment.NewBusPrefix(),
    };

    // The QueryApi on a free port, never its default one (a demo may be running there).
    private static string[] Arguments(string program) => program == "QueryApi" ? ["--urls", "http://127.0.0.1:0"] : [];
}
