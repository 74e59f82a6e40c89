using System.Net.Sockets;
using MassTransit;
using RabbitMQ.Client.Exceptions;
using StackExchange.Redis;

namespace OmniCharts.Ingestor.Cli;

/// <summary>Tells a log record about a lost connection (which a client library retries by itself) from the others.</summary>
public static class ConnectionFault
{
    /// <summary>The server and the reason when <paramref name="exception"/> (logged under <paramref name="category"/>) is a lost or refused connection; otherwise null.</summary>
    public static (string Server, string Reason)? Of(string category, Exception? exception)
    {
        ArgumentNullException.ThrowIfNull(category);
        // What the broker said when it closed the connection is the best reason, wherever it is in the chain.
        for (var error = exception; error is not null; error = error.InnerException)
        {
            if (error is AlreadyClosedException { ShutdownReason: { } closed })
                return (ConnectionNotices.RabbitMq, Brief(closed.ReplyText));
            if (error is OperationInterruptedException { ShutdownReason: { } interrupted })
                return (ConnectionNotices.RabbitMq, Brief(interrupted.ReplyText));
        }

        for (var error = exception; error is not null; error = error.InnerException)
        {
            switch (error)
            {
                case AlreadyClosedException or OperationInterruptedException or BrokerUnreachableException or ConnectFailureException
                    or ConnectionException:
                    return (ConnectionNotices.RabbitMq, Brief(error.GetBaseException().Message));
                case RedisConnectionException:
                    return (ConnectionNotices.Redis, Brief(error.Message));
                case SocketException or IOException:
                    return (category.StartsWith("StackExchange.Redis", StringComparison.Ordinal) ? ConnectionNotices.Redis : ConnectionNotices.RabbitMq,
                        Brief(error.Message));
            }
        }

        return null;
    }

    /// <summary>
    /// True for MassTransit's record of a publish that was cancelled: the publisher tries it again after a timeout, or the
    /// command is stopping, and either way says so itself.
    /// </summary>
    public static bool IsCancelledPublish(string category, Exception? exception)
    {
        ArgumentNullException.ThrowIfNull(category);
        return category.StartsWith("MassTransit", StringComparison.Ordinal) && exception?.GetBaseException() is OperationCanceledException;
    }

    /// <summary>The first line of <paramref name="message"/>, at most 160 characters.</summary>
    public static string Brief(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var line = message.Split('\n', 2)[0].Trim();
        return line.Length <= 160 ? line : line[..157] + "...";
    }
}
