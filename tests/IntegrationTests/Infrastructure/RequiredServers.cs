using RabbitMQ.Client;
using StackExchange.Redis;

namespace OmniCharts.IntegrationTests.Infrastructure;

/// <summary>
/// Integration tests need the real Redis and RabbitMQ: when either is missing the run fails with one message
/// that says how to fix it, never skips. Checked once per test run; every caller awaits the same check.
/// </summary>
public static class RequiredServers
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(5);
    private static readonly Lazy<Task> Check = new(CheckBothAsync);

    public static Task EnsureReachableAsync() => Check.Value;

    private static async Task CheckBothAsync()
    {
        await CheckRedisAsync();
        await CheckRabbitMqAsync();
    }

    private static async Task CheckRedisAsync()
    {
        var endpoint = TestEnvironment.Redis;
        try
        {
            var options = ConfigurationOptions.Parse(endpoint);
            options.ConnectTimeout = (int)ConnectTimeout.TotalMilliseconds;
            options.ConnectRetry = 0;
            await using var redis = await ConnectionMultiplexer.ConnectAsync(options);
            await redis.GetDatabase().PingAsync();
        }
        catch (Exception exception)
        {
            throw Unreachable("Redis", endpoint, TestEnvironment.RedisVariable, TestEnvironment.DefaultRedis, exception);
        }
    }

    private static async Task CheckRabbitMqAsync()
    {
        var endpoint = TestEnvironment.RabbitMq;
        try
        {
            var factory = new ConnectionFactory { Uri = endpoint, RequestedConnectionTimeout = ConnectTimeout };
            await using var connection = await factory.CreateConnectionAsync();
        }
        catch (Exception exception)
        {
            var shown = new UriBuilder(endpoint) { Password = "***" }.Uri.ToString();
            throw Unreachable("RabbitMQ", shown, TestEnvironment.RabbitMqVariable, TestEnvironment.DefaultRabbitMq, exception);
        }
    }

    private static InvalidOperationException Unreachable(
        string server, string endpoint, string variable, string fallback, Exception cause) =>
        new($"{server} is not reachable at {endpoint} ({variable}, default {fallback}). Integration tests need the real "
            + $"servers: run {TestEnvironment.StartScript}, or point {variable} at a running {server}. "
            + $"Cause: {FirstSentence(cause.GetBaseException().Message)}",
            cause);

    // StackExchange.Redis appends advice about abortConnect that does not apply to a one-off check.
    private static string FirstSentence(string message) =>
        message.IndexOf(". ", StringComparison.Ordinal) is var end and > 0 ? message[..(end + 1)] : message;
}
