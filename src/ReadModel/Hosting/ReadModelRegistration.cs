using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OmniCharts.ReadModel.Keys;
using StackExchange.Redis;

namespace OmniCharts.ReadModel.Hosting;

/// <summary>Registers the Redis connection and the key schema, the same way in every program and test.</summary>
public static class ReadModelRegistration
{
    /// <summary>The Redis endpoint when <c>ConnectionStrings__redis</c> is not set.</summary>
    public const string DefaultRedis = "127.0.0.1:6379";

    /// <summary>
    /// Adds <see cref="IConnectionMultiplexer"/> from <c>ConnectionStrings:redis</c> (a StackExchange.Redis
    /// configuration string; <c>defaultDatabase</c> is honoured) and <see cref="RedisKeySchema"/> under
    /// <c>ReadModel:KeyPrefix</c> (default <c>oc</c>).
    /// </summary>
    public static IHostApplicationBuilder AddReadModelRedis(this IHostApplicationBuilder builder)
    {
        var connection = RedisConnectionString(builder.Configuration);
        var prefix = builder.Configuration["ReadModel:KeyPrefix"] ?? RedisKeySchema.DefaultPrefix;
        builder.Services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(connection));
        builder.Services.AddSingleton(new RedisKeySchema(prefix));
        // Registered before the programs' own hosted services, so it runs first.
        builder.Services.AddHostedService<RedisConnectionWarmup>();
        return builder;
    }

    /// <summary>The configured Redis string, with a connect timeout that fails fast and retries in the background.</summary>
    public static string RedisConnectionString(IConfiguration configuration)
    {
        var configured = configuration.GetConnectionString("redis");
        var options = ConfigurationOptions.Parse(string.IsNullOrWhiteSpace(configured) ? DefaultRedis : configured);
        options.AbortOnConnectFail = false;
        return options.ToString();
    }
}
