using StackExchange.Redis;

namespace OmniCharts.Ingestor.Cli;

/// <summary>
/// One line on the terminal per outage of a server the command needs, instead of the stack trace of every publish or
/// reconnect attempt that failed meanwhile: "RabbitMQ connection lost (…); retrying". The client libraries retry by
/// themselves; the details go to the log at Debug level, category <see cref="DetailsCategory"/>.
/// </summary>
public sealed class ConnectionNotices(StatusLine status)
{
    /// <summary>The log category of each failure's details (with its stack trace), at Debug level.</summary>
    public const string DetailsCategory = "OmniCharts.Ingestor.Connections";

    /// <summary>The broker's name in notices.</summary>
    public const string RabbitMq = "RabbitMQ";

    /// <summary>Redis' name in notices.</summary>
    public const string Redis = "Redis";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, long> _outages = new(StringComparer.Ordinal);
    private readonly HashSet<string> _down = new(StringComparer.Ordinal);

    /// <summary>How many outages of <paramref name="server"/> have begun: a try that starts after one began and succeeds ends it.</summary>
    public long Outages(string server)
    {
        lock (_gate)
            return _outages.GetValueOrDefault(server);
    }

    /// <summary>Reports that <paramref name="server"/> failed; prints the one line of this outage if it is the first report.</summary>
    public void Lost(string server, string reason)
    {
        lock (_gate)
        {
            if (!_down.Add(server))
                return;
            _outages[server] = _outages.GetValueOrDefault(server) + 1;
        }

        status.Error($"{server} connection lost ({reason}); retrying until it is back (details: Logging__LogLevel__{DetailsCategory}=Debug)");
    }

    /// <summary>
    /// Reports that <paramref name="server"/> answered a request that started during outage number
    /// <paramref name="outage"/> (<see cref="Outages"/>) or later, which ends it; an answer to an older request proves nothing.
    /// </summary>
    public void Answered(string server, long outage)
    {
        lock (_gate)
        {
            if (outage >= _outages.GetValueOrDefault(server))
                _down.Remove(server);
        }
    }

    /// <summary>Follows a Redis connection's failures and restorations.</summary>
    public void Watch(IConnectionMultiplexer redis)
    {
        ArgumentNullException.ThrowIfNull(redis);
        redis.ConnectionFailed += (_, failure) =>
            Lost(Redis, ConnectionFault.Brief(failure.Exception?.GetBaseException().Message ?? failure.FailureType.ToString()));
        redis.ConnectionRestored += (_, _) => Answered(Redis, long.MaxValue);
    }
}
