using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace OmniCharts.ReadModel.Hosting;

/// <summary>
/// Refuses to run the Projector or the QueryApi on a Redis that may evict keys (<see cref="RedisEvictionPolicy"/>):
/// once before the host starts (<see cref="RedisEvictionHosting.RunUnlessRedisEvictsAsync"/>), and again on every
/// reconnection, which also covers a Redis that did not answer at start or came back with another configuration;
/// then the host stops with <see cref="ExitCode"/>.
/// </summary>
public sealed partial class RedisEvictionGuard(
    IConnectionMultiplexer redis, IConfiguration configuration, IHostApplicationLifetime lifetime, ILogger<RedisEvictionGuard> logger) : IHostedService
{
    /// <summary>The process exit code of a refusal: 78, EX_CONFIG, a configuration error.</summary>
    public const int ExitCode = 78;

    private bool AllowEvicting => configuration.GetValue(RedisEvictionPolicy.AllowSetting, false);

    /// <summary>Checks now; logs what it found and returns false when the program must not run.</summary>
    public async Task<bool> AllowsRunAsync()
    {
        var check = await RedisEvictionPolicy.CheckAsync(ReadModelRegistration.RedisConnectionString(configuration), AllowEvicting).ConfigureAwait(false);
        switch (check.Verdict)
        {
            case RedisEvictionVerdict.KeepsEverything:
                LogKeeps(check.Message);
                return true;
            case RedisEvictionVerdict.Refused:
                LogRefused(check.Message);
                return false;
            default:
                LogWarning(check.Message);
                return true;
        }
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        redis.ConnectionRestored += OnConnectionRestored;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken)
    {
        redis.ConnectionRestored -= OnConnectionRestored;
        return Task.CompletedTask;
    }

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e) => _ = RecheckAsync();

    private async Task RecheckAsync()
    {
        try
        {
            if (await AllowsRunAsync().ConfigureAwait(false))
                return;
            Environment.ExitCode = ExitCode;
            lifetime.StopApplication();
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            LogWarning($"Cannot check Redis' maxmemory-policy after it reconnected: {e.Message}");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Message}")]
    private partial void LogKeeps(string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Message}")]
    private partial void LogWarning(string message);

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Message}")]
    private partial void LogRefused(string message);
}
