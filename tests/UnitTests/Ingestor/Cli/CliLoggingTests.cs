using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OmniCharts.Ingestor.Cli;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;
using StackExchange.Redis;

namespace OmniCharts.UnitTests.Ingestor.Cli;

/// <summary>The command line's log: a lost connection is one line per outage, its details a Debug record; the rest as it is.</summary>
public sealed class CliLoggingTests
{
    private const string Shutdown = "CONNECTION_FORCED - broker forced connection closure with reason 'shutdown'";
    private readonly StringWriter output = new();
    private readonly StringWriter errors = new();

    [Fact]
    public void Each_outage_prints_one_line_however_many_publishes_fail_in_it()
    {
        using var services = Services(details: LogLevel.Information);
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("MassTransit");
        var notices = services.GetRequiredService<ConnectionNotices>();

        for (var i = 0; i < 50; i++)
            logger.LogError(Thrown(), "S-FAULT rabbitmq://127.0.0.1/omnicharts.room-changed {MessageId}", i);
        notices.Answered(ConnectionNotices.RabbitMq, notices.Outages(ConnectionNotices.RabbitMq));
        for (var i = 0; i < 50; i++)
            logger.LogError(Thrown(), "S-FAULT rabbitmq://127.0.0.1/omnicharts.room-changed {MessageId}", i);

        var lines = errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.All(lines, line => Assert.StartsWith($"RabbitMQ connection lost ({Shutdown}); retrying", line, StringComparison.Ordinal));
        Assert.Empty(output.ToString());
    }

    [Fact]
    public void The_details_are_logged_at_Debug_for_whoever_asks_for_them()
    {
        using var services = Services(details: LogLevel.Debug);

        services.GetRequiredService<ILoggerFactory>().CreateLogger("MassTransit").LogError(Thrown(), "S-FAULT rabbitmq://127.0.0.1/omnicharts.room-changed");

        var text = errors.ToString();
        Assert.StartsWith("RabbitMQ connection lost", text, StringComparison.Ordinal);
        Assert.Contains($"dbug: {ConnectionNotices.DetailsCategory}: MassTransit Error: S-FAULT", text, StringComparison.Ordinal);
        Assert.Contains("AlreadyClosedException", text, StringComparison.Ordinal);
        Assert.Contains("   at ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_publish_cancelled_to_be_tried_again_prints_nothing()
    {
        using var services = Services(details: LogLevel.Information);

        services.GetRequiredService<ILoggerFactory>().CreateLogger("MassTransit")
            .LogError(new MassTransit.RabbitMqConnectionException("BasicPublishAsync failed", new TaskCanceledException()), "S-FAULT rabbitmq://127.0.0.1/omnicharts.room-changed");

        Assert.Empty(errors.ToString());
    }

    [Fact]
    public void Other_failures_are_printed_as_they_are()
    {
        using var services = Services(details: LogLevel.Information);

        services.GetRequiredService<ILoggerFactory>().CreateLogger("OmniCharts.Test").LogError(new InvalidOperationException("broken"), "something failed");

        Assert.StartsWith("fail: OmniCharts.Test: something failed" + Environment.NewLine + "System.InvalidOperationException: broken", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_answer_to_a_request_sent_before_the_outage_does_not_end_it()
    {
        var notices = new ConnectionNotices(new StatusLine(new CliConsole(output, errors, Interactive: false)));
        var before = notices.Outages(ConnectionNotices.RabbitMq);

        notices.Lost(ConnectionNotices.RabbitMq, "reset");
        notices.Answered(ConnectionNotices.RabbitMq, before);
        notices.Lost(ConnectionNotices.RabbitMq, "reset");
        notices.Lost(ConnectionNotices.Redis, "refused");

        Assert.Equal(2, errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Lost_connections_are_told_from_other_failures()
    {
        Assert.Equal((ConnectionNotices.RabbitMq, Shutdown), ConnectionFault.Of("MassTransit", new InvalidOperationException("wrapped", Thrown())));
        Assert.Equal(ConnectionNotices.RabbitMq, ConnectionFault.Of("MassTransit", new SocketException((int)SocketError.ConnectionReset))?.Server);
        Assert.Equal(ConnectionNotices.Redis, ConnectionFault.Of("OmniCharts", new RedisConnectionException(ConnectionFailureType.SocketFailure, CommandFlags.None, "No connection is active", null, CommandStatus.Unknown))?.Server);
        Assert.Null(ConnectionFault.Of("MassTransit", new InvalidOperationException("a bug")));
        Assert.True(ConnectionFault.IsCancelledPublish("MassTransit", new InvalidOperationException("BasicPublishAsync failed", new TaskCanceledException())));
        Assert.False(ConnectionFault.IsCancelledPublish("OmniCharts.Test", new OperationCanceledException()));
        Assert.Null(ConnectionFault.Of("MassTransit", null));
    }

    private ServiceProvider Services(LogLevel details)
    {
        var services = new ServiceCollection();
        services.AddSingleton(new CliConsole(output, errors, Interactive: false));
        services.AddSingleton<StatusLine>();
        services.AddSingleton<ConnectionNotices>();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddFilter(ConnectionNotices.DetailsCategory, details));
        services.AddSingleton<ILoggerProvider, CliLoggerProvider>();
        return services.BuildServiceProvider();
    }

    // Thrown, so that it has a stack trace that must not reach the terminal.
    private static AlreadyClosedException Thrown()
    {
        try
        {
            throw new AlreadyClosedException(new ShutdownEventArgs(ShutdownInitiator.Peer, 320, Shutdown));
        }
        catch (AlreadyClosedException e)
        {
            return e;
        }
    }
}
