using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OmniCharts.Projector.Runs;

namespace OmniCharts.Projector.Messaging;

/// <summary>MassTransit on RabbitMQ: one queue per consumer, run tracking around every consumer and its retries.</summary>
public static class BusRegistration
{
    /// <summary>Adds the consumers of this assembly with their definitions and the RabbitMQ transport.</summary>
    public static IHostApplicationBuilder AddProjectorBus(this IHostApplicationBuilder builder)
    {
        var amqpUri = builder.Configuration.GetConnectionString("rabbitmq");
        var prefix = builder.Configuration["Bus:EntityPrefix"];
        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(BusNaming.EndpointNames(prefix));
            bus.AddConsumers(typeof(BusRegistration).Assembly);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                RabbitMqHost.Configure(rabbit, amqpUri);
                BusNaming.ApplyEntityPrefix(rabbit, prefix);
                // A bus-level filter sits outside each consumer's retry, so it sees every event's final outcome once.
                rabbit.UseConsumeFilter(typeof(RunTrackingFilter<>), context);
                rabbit.ConfigureEndpoints(context);
            });
        });
        // Started means bound: a publisher that waits for the host loses no event.
        builder.Services.Configure<MassTransitHostOptions>(options => options.WaitUntilStarted = true);
        return builder;
    }
}
