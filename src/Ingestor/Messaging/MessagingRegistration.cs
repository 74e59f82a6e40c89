using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace OmniCharts.Ingestor.Messaging;

/// <summary>The Ingestor's bus: publish only, no receive endpoint, so it never creates a queue.</summary>
public static class MessagingRegistration
{
    /// <summary>The broker when <c>ConnectionStrings__rabbitmq</c> is not set.</summary>
    public const string DefaultRabbitMq = "amqp://guest:guest@127.0.0.1:5672/";

    /// <summary>Adds MassTransit on RabbitMQ from <c>ConnectionStrings:rabbitmq</c> with <c>Bus:EntityPrefix</c> and publisher confirms.</summary>
    public static IHostApplicationBuilder AddIngestorBus(this IHostApplicationBuilder builder)
    {
        var broker = RabbitMqAddress(builder.Configuration.GetConnectionString("rabbitmq"));
        var prefix = builder.Configuration["Bus:EntityPrefix"];
        builder.Services.AddMassTransit(bus => bus.UsingRabbitMq((_, rabbit) =>
        {
            rabbit.Host(broker, host => host.PublisherConfirmation = true);
            rabbit.UseEntityPrefix(prefix);
        }));
        return builder;
    }

    /// <summary>The configured AMQP URI, or the loopback default.</summary>
    public static Uri RabbitMqAddress(string? configured) =>
        new(string.IsNullOrWhiteSpace(configured) ? DefaultRabbitMq : configured);
}
