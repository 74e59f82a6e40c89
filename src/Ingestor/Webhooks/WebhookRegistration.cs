using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace OmniCharts.Ingestor.Webhooks;

/// <summary>Registers the Rocket.Chat webhook endpoint, its queue and its worker.</summary>
public static partial class WebhookRegistration
{
    /// <summary>Adds the options, the token check (only when a token is configured), the queue, the MongoDB room reads and the worker.</summary>
    public static IHostApplicationBuilder AddRocketChatWebhooks(this IHostApplicationBuilder builder)
    {
        var options = WebhookOptions.From(builder.Configuration);
        builder.Services.AddSingleton(options);
        if (!string.IsNullOrEmpty(options.Token))
            builder.Services.AddSingleton(new WebhookToken(options.Token));
        builder.Services.AddSingleton(new RoomHintQueue(options.QueueCapacity));
        builder.Services.AddSingleton<WebhookCounters>();
        builder.Services.TryAddSingleton<IRoomSource, MongoRoomSource>();
        builder.Services.AddSingleton<RoomRefresher>();
        builder.Services.AddHostedService<RoomHintWorker>();
        return builder;
    }

    /// <summary>Maps <c>POST /webhooks/rocketchat</c> and says at start-up whether it accepts anything.</summary>
    public static IEndpointRouteBuilder MapRocketChatWebhooks(this IEndpointRouteBuilder app)
    {
        app.MapPost(WebhookEndpoints.Route, WebhookEndpoints.ReceiveAsync);
        var logger = app.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WebhookRegistration));
        if (app.ServiceProvider.GetService<WebhookToken>() is null)
            LogDisabled(logger, WebhookEndpoints.Route, WebhookOptions.Section);
        else
            LogEnabled(logger, WebhookEndpoints.Route);
        return app;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhooks disabled: {Section}:Token is not set, so POST {Route} refuses every request (404). Set it to Rocket.Chat's Livechat secret token to enable them")]
    private static partial void LogDisabled(ILogger logger, string route, string section);

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhooks enabled on POST {Route}")]
    private static partial void LogEnabled(ILogger logger, string route);
}
