using StackExchange.Redis;

namespace OmniCharts.ReadModel.Hosting;

/// <summary>
/// Reads Redis' <c>maxmemory-policy</c>. Anything but <c>noeviction</c> lets Redis delete keys when it reaches
/// <c>maxmemory</c>; a deleted bucket or room state is a wrong chart that nothing reports. With <c>noeviction</c> Redis
/// refuses the write instead, and the Projector retries it and sends it to an error queue: loud, and repairable.
/// </summary>
public static class RedisEvictionPolicy
{
    /// <summary>The only policy that keeps every key.</summary>
    public const string KeepsEverything = "noeviction";

    /// <summary>The setting that turns the refusal into a warning (<c>ReadModel__AllowEvictingRedis=true</c>).</summary>
    public const string AllowSetting = "ReadModel:AllowEvictingRedis";

    /// <summary>
    /// Asks every server of <paramref name="configuration"/> (a StackExchange.Redis configuration string) for its policy,
    /// and says what to do about it. CONFIG is an admin command, which StackExchange.Redis sends only on a connection
    /// that allows them: the check makes a short one of its own rather than allow them on the program's connection.
    /// </summary>
    public static async Task<RedisEvictionCheck> CheckAsync(string configuration, bool allowEvicting)
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AllowAdmin = true;
        options.AbortOnConnectFail = false;
        await using var redis = await ConnectionMultiplexer.ConnectAsync(options).ConfigureAwait(false);
        return await CheckServersAsync(redis, allowEvicting).ConfigureAwait(false);
    }

    private static async Task<RedisEvictionCheck> CheckServersAsync(ConnectionMultiplexer redis, bool allowEvicting)
    {
        var servers = redis.GetServers().Where(server => server.IsConnected).ToList();
        if (servers.Count == 0)
            return new RedisEvictionCheck(RedisEvictionVerdict.Unreachable, "Redis does not answer yet: its maxmemory-policy is checked once it connects.");
        foreach (var server in servers)
        {
            string? policy;
            try
            {
                policy = (await server.ConfigGetAsync("maxmemory-policy")).FirstOrDefault().Value;
            }
            catch (Exception e) when (e is RedisServerException or RedisCommandException)
            {
                return new RedisEvictionCheck(RedisEvictionVerdict.Unknown,
                    $"Cannot read the maxmemory-policy of Redis at {server.EndPoint} (CONFIG GET: {e.Message}); CONFIG is disabled or renamed there. " +
                    $"Make sure it is {KeepsEverything} (redis.conf: 'maxmemory-policy {KeepsEverything}'): a Redis that evicts keys makes charts silently wrong. Going on.");
            }
            catch (Exception e) when (e is RedisConnectionException or RedisTimeoutException)
            {
                return new RedisEvictionCheck(RedisEvictionVerdict.Unreachable, $"Redis does not answer yet ({e.Message}): its maxmemory-policy is checked once it connects.");
            }

            if (string.Equals(policy, KeepsEverything, StringComparison.OrdinalIgnoreCase))
                continue;
            var risk = $"Redis at {server.EndPoint} has maxmemory-policy {policy}: when it reaches maxmemory it deletes keys, and a deleted bucket " +
                "or room is a chart that is wrong without any error.";
            return allowEvicting
                ? new RedisEvictionCheck(RedisEvictionVerdict.AllowedToEvict, $"{risk} Going on because {AllowSetting.Replace(":", "__", StringComparison.Ordinal)}=true.")
                : new RedisEvictionCheck(RedisEvictionVerdict.Refused,
                    $"{risk} Refusing to start. The read model needs maxmemory-policy {KeepsEverything} (Redis' default), which refuses a write " +
                    $"instead of losing data: run 'redis-cli -h {Host(server)} -p {Port(server)} CONFIG SET maxmemory-policy {KeepsEverything}' and put the line " +
                    $"'maxmemory-policy {KeepsEverything}' in redis.conf so that it survives a restart. " +
                    $"To start anyway, set {AllowSetting.Replace(":", "__", StringComparison.Ordinal)}=true.");
        }

        return new RedisEvictionCheck(RedisEvictionVerdict.KeepsEverything, $"Redis keeps every key (maxmemory-policy {KeepsEverything}).");
    }

    private static string Host(IServer server) => server.EndPoint switch
    {
        System.Net.DnsEndPoint named => named.Host,
        System.Net.IPEndPoint address => address.Address.ToString(),
        var other => other.ToString() ?? "HOST",
    };

    private static string Port(IServer server) => server.EndPoint switch
    {
        System.Net.DnsEndPoint named => named.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        System.Net.IPEndPoint address => address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => "PORT",
    };
}
