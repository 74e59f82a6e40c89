using MassTransit;

namespace OmniCharts.Projector.Messaging;

/// <summary>Points MassTransit at the broker of <c>ConnectionStrings:rabbitmq</c>.</summary>
public static class RabbitMqHost
{
    /// <summary>The broker when nothing is configured.</summary>
    public const string Default = "amqp://guest:guest@127.0.0.1:5672/";

    /// <summary>Configures host, port, virtual host and credentials from an AMQP URI (<see cref="Default"/> when empty).</summary>
    public static void Configure(IRabbitMqBusFactoryConfigurator configurator, string? amqpUri)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        var address = RabbitMqAddress.Parse(string.IsNullOrWhiteSpace(amqpUri) ? Default : amqpUri);
        configurator.Host(address.Host, address.Port, address.VirtualHost, host =>
        {
            host.Username(address.User);
            host.Password(address.Password);
            if (address.Secure)
                host.UseSsl(ssl => ssl.ServerName = address.Host);
        });
    }
}
