using MassTransit;

namespace OmniCharts.Projector.Messaging;

/// <summary>Reads <c>ConnectionStrings:rabbitmq</c>, an AMQP URI: <c>amqp[s]://user:password@host[:port]/[vhost]</c>.</summary>
public static class RabbitMqHost
{
    /// <summary>The broker when nothing is configured.</summary>
    public const string Default = "amqp://guest:guest@127.0.0.1:5672/";

    /// <summary>Points <paramref name="configurator"/> at the broker, user and virtual host of <paramref name="amqpUri"/>.</summary>
    public static void Configure(IRabbitMqBusFactoryConfigurator configurator, string? amqpUri)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        var uri = new Uri(string.IsNullOrWhiteSpace(amqpUri) ? Default : amqpUri);
        var secure = uri.Scheme == "amqps";
        var credentials = uri.UserInfo.Split(':', 2);
        var user = credentials[0].Length > 0 ? Uri.UnescapeDataString(credentials[0]) : "guest";
        var password = credentials.Length > 1 ? Uri.UnescapeDataString(credentials[1]) : "guest";
        // Per the AMQP URI spec an empty path is the default vhost "/"; "/%2f" spells it explicitly.
        var virtualHost = uri.AbsolutePath.Length <= 1 ? "/" : Uri.UnescapeDataString(uri.AbsolutePath[1..]);
        var port = uri.Port > 0 ? uri.Port : secure ? 5671 : 5672;
        configurator.Host(uri.Host, (ushort)port, virtualHost, host =>
        {
            host.Username(user);
            host.Password(password);
            if (secure)
                host.UseSsl(ssl => ssl.ServerName = uri.Host);
        });
    }
}
