using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace OmniCharts.Projector.Messaging;

/// <summary>MassTransit on RabbitMQ: one queue per batch consumer (<see cref="ProjectorBatch"/>).</summary>
public static class BusRegistration
{
    /// <summary>Adds the consumers of this assembly with their definitions and the RabbitMQ transport.</summary>
    public static IHostApplicationBuilder AddProjectorBus(this IHostApplicationBuilder builder)
    {
        var amqpUri = builder.Configuration.GetConnectionString("rabbitmq");
        var prefix = builder.Configuration["Bus:EntityPrefix"];
        builder.Services.AddSingleton(BatchSettings.From(builder.Configuration));
        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(BusNaming.EndpointNames(prefix));
            bus.AddConsumers(typeof(BusRegistration).Assembly);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                RabbitMqHost.Configure(rabbit, amqpUri);
                BusNaming.ApplyEntityPrefix(rabbit, prefix);
                rabbit.ConfigureEndpoints(context);
            });
        });
        // Started means bound: a publisher that waits for the host loses no event.
        builder.Services.Configure<MassTransitHostOptions>(options => options.WaitUntilStarted = true);
        return builder;
    }
}
