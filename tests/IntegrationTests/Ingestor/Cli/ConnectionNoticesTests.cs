using System.Text.RegularExpressions;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using OmniCharts.ExportGenerator.Cli;
using OmniCharts.ExportGenerator.Output;
using OmniCharts.Ingestor.Cli;
using OmniCharts.IntegrationTests.Infrastructure;
using OmniCharts.IntegrationTests.Projector;

namespace OmniCharts.IntegrationTests.Ingestor.Cli;

/// <summary>
/// <c>replay --wait</c> whose connections run through a proxy the test cuts, as a RabbitMQ or Redis restart does:
/// each outage prints one line, no stack trace reaches the terminal, and the replay completes with every event applied.
/// </summary>
public sealed partial class ConnectionNoticesTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("notices-export-").FullName;

    [Fact]
    public async Task Each_RabbitMQ_outage_prints_one_line_and_the_replay_completes()
    {
        await RequiredServers.EnsureReachableAsync();
        var counts = ExportFiles.WriteTo(folder, new GeneratorOptions(Seed: 5, Rooms: 300, Departments: 2, Start: new DateOnly(2026, 1, 1), Months: 1, MessagesPerRoom: 3));
        await using var projector = await ProjectorUnderTest.StartAsync();
        var broker = TestEnvironment.RabbitMq;
        // A RabbitMQ shutdown as clients see it: connection.close 320 CONNECTION_FORCED, then a second of refused connections.
        await using var proxy = TcpProxy.Start(broker.Host, broker.Port, amqp: true);
        proxy.CutAt(60_000, TimeSpan.FromSeconds(1));
        // The second outage only once the broker has confirmed publishes on a new connection: a distinct outage.
        proxy.CutAfterConfirms(10, TimeSpan.FromSeconds(1));
        var settings = TestEnvironment.Settings(projector.Redis.Prefix, projector.BusPrefix);
        settings["ConnectionStrings:rabbitmq"] = new UriBuilder(broker) { Port = proxy.Port }.Uri.ToString();
        // Small envelopes and few of them in flight, so that the replay is still publishing at both cuts.
        settings["Ingestor:EnvelopeSize"] = "10";
        settings["Ingestor:PublishWindow"] = "8";
        // RabbitMQ.Client can leave a publish waiting forever for a confirmation lost in the restart: it is tried again.
        settings["Ingestor:PublishTimeout"] = "00:00:05";

        var run = await ReplayRun.StartAsync(settings, "replay", "--from", folder, "--wait", "--wait-timeout", "120");

        Assert.True(run.ExitCode == (int)ExitCode.Ok, $"replay exited {run.ExitCode}: {run.Errors}\n{run.Output}");
        Assert.True(proxy.Cuts == 2, $"{proxy.Cuts} cuts after {proxy.UpstreamBytes} bytes");
        // One line per outage at most. Two outages close together are one line when no publish begun after the first
        // was confirmed before the second (only such a confirmation proves the broker back); under load that happens.
        var lines = Lines(run.Errors);
        Assert.True(lines.Length is 1 or 2, run.Errors);
        Assert.All(lines, line => Assert.Matches(@"^RabbitMQ connection lost \(.+\); retrying until it is back", line));
        var published = PublishedCount().Match(run.Output);
        Assert.True(published.Success, run.Output);
        Assert.Contains($"projector: applied {published.Groups[1].Value}, failed 0 of {published.Groups[1].Value}", run.Output, StringComparison.Ordinal);
        Assert.True(long.Parse(published.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= counts.Rooms);
        AssertNoStackTrace(run);
    }

    [Fact]
    public async Task A_Redis_outage_while_waiting_prints_one_line_and_the_wait_completes()
    {
        await RequiredServers.EnsureReachableAsync();
        ExportFiles.WriteTo(folder, new GeneratorOptions(Seed: 6, Rooms: 40, Departments: 1, Start: new DateOnly(2026, 1, 1), Months: 1, MessagesPerRoom: 1));
        var (host, port) = StackExchange.Redis.ConfigurationOptions.Parse(TestEnvironment.Redis).EndPoints.Single() switch
        {
            System.Net.DnsEndPoint named => (named.Host, named.Port),
            System.Net.IPEndPoint address => (address.Address.ToString(), address.Port),
            var other => throw new InvalidOperationException($"unexpected Redis endpoint {other}"),
        };
        await using var proxy = TcpProxy.Start(host, port);
        var gate = new DeliveryGate();
        await using var projector = await ProjectorUnderTest.StartAsync(services: services => services.AddSingleton<IConfigureReceiveEndpoint>(gate));
        var settings = TestEnvironment.Settings(projector.Redis.Prefix, projector.BusPrefix);
        settings["ConnectionStrings:redis"] = $"127.0.0.1:{proxy.Port}";
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var console = new CliConsole(TextWriter.Synchronized(output), TextWriter.Synchronized(errors), Interactive: false);

        // The Projector holds every delivery, so the replay publishes everything, then waits, polling Redis through the proxy.
        var replay = IngestorCli.RunAsync(["replay", "--from", folder, "--wait", "--wait-timeout", "120"], console, settings);
        await ProjectorUnderTest.EventuallyAsync(() => Task.FromResult(output.ToString().Contains("total:", StringComparison.Ordinal)), "the replay published everything");
        await Task.Delay(TimeSpan.FromSeconds(1));
        await proxy.CutAsync(TimeSpan.FromSeconds(2));
        await ProjectorUnderTest.EventuallyAsync(() => Task.FromResult(errors.ToString().Contains("Redis connection lost", StringComparison.Ordinal)), "the notice");
        gate.Open();

        var exitCode = await replay;

        var run = new ReplayRun(exitCode, output.ToString(), errors.ToString());
        Assert.True(run.ExitCode == (int)ExitCode.Ok, $"replay exited {run.ExitCode}: {run.Errors}\n{run.Output}");
        var line = Assert.Single(Lines(run.Errors));
        Assert.StartsWith("Redis connection lost (", line, StringComparison.Ordinal);
        Assert.Contains("; retrying", line, StringComparison.Ordinal);
        AssertNoStackTrace(run);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static void AssertNoStackTrace(ReplayRun run)
    {
        Assert.DoesNotContain("   at ", run.Errors + run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Errors + run.Output, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"total: read \d+, published (\d+),")]
    private static partial Regex PublishedCount();
}
