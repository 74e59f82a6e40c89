using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OmniCharts.ReadModel.Hosting;
using StackExchange.Redis;

namespace OmniCharts.Ingestor.Cli;

/// <summary>Where a command's progress, log and connection notices go: the <see cref="CliConsole"/> it was given.</summary>
public static class CliOutputRegistration
{
    /// <summary>
    /// Adds the console, its <see cref="StatusLine"/>, the <see cref="ConnectionNotices"/> that follow RabbitMQ and Redis,
    /// and the log on the error stream: Warning and above (MassTransit: Error), lost connections as one notice each.
    /// Call after <c>AddReadModelRedis</c>, whose connection it watches.
    /// </summary>
    public static IHostApplicationBuilder AddCliOutput(this IHostApplicationBuilder builder, CliConsole console)
    {
        builder.Services.AddSingleton(console);
        builder.Services.AddSingleton<StatusLine>();
        builder.Services.AddSingleton<ConnectionNotices>();
        builder.Services.AddPublishObserver<RabbitMqAnswers>();
        var redis = ReadModelRegistration.RedisConnectionString(builder.Configuration);
        builder.Services.AddSingleton<IConnectionMultiplexer>(services =>
        {
            var connection = ConnectionMultiplexer.Connect(redis);
            services.GetRequiredService<ConnectionNotices>().Watch(connection);
            return connection;
        });
        // Progress goes to stdout; the log only says when something is wrong, on stderr.
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Warning).AddFilter("MassTransit", LogLevel.Error);
        builder.Services.AddSingleton<ILoggerProvider, CliLoggerProvider>();
        return builder;
    }
}
