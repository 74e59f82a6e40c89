using Microsoft.Extensions.Configuration;

namespace OmniCharts.IntegrationTests.Infrastructure;

/// <summary>
/// Where the real servers are, read from the same environment variables as the programs, and a fresh
/// namespace for each test so that tests never see each other's keys or queues.
/// </summary>
public static class TestEnvironment
{
    public const string RedisVariable = "ConnectionStrings__redis";
    public const string RabbitMqVariable = "ConnectionStrings__rabbitmq";
    public const string DefaultRedis = "127.0.0.1:6379";
    public const string DefaultRabbitMq = "amqp://guest:guest@127.0.0.1:5672/";
    public const string StartScript = "deploy/start-services.sh";

    public static string Redis => Read(RedisVariable, DefaultRedis);

    public static Uri RabbitMq => new(Read(RabbitMqVariable, DefaultRabbitMq));

    /// <summary>A Redis key prefix no other test uses (<c>ReadModel:KeyPrefix</c>).</summary>
    public static string NewKeyPrefix() => $"t-{Guid.NewGuid():N}";

    /// <summary>An exchange and queue prefix no other test uses (<c>Bus:EntityPrefix</c>).</summary>
    public static string NewBusPrefix() => $"t-{Guid.NewGuid():N}";

    /// <summary>Settings for hosting a program in-process inside the given namespace.</summary>
    public static Dictionary<string, string?> Settings(string keyPrefix, string busPrefix) => new()
    {
        ["ConnectionStrings:redis"] = Redis,
        ["ConnectionStrings:rabbitmq"] = RabbitMq.ToString(),
        ["ReadModel:KeyPrefix"] = keyPrefix,
        ["Bus:EntityPrefix"] = busPrefix,
    };

    /// <summary>The same settings as an <see cref="IConfiguration"/>.</summary>
    public static IConfiguration Configuration(string keyPrefix, string busPrefix) =>
        new ConfigurationBuilder().AddInMemoryCollection(Settings(keyPrefix, busPrefix)).Build();

    private static string Read(string variable, string fallback) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value ? value : fallback;
}
