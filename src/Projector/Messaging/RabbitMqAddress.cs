namespace OmniCharts.Projector.Messaging;

/// <summary>The broker, credentials and virtual host that an AMQP URI names.</summary>
/// <param name="Host">The broker's host name.</param>
/// <param name="Port">The broker's port (5672, or 5671 for <c>amqps</c>, when the URI has none).</param>
/// <param name="VirtualHost">The virtual host (<c>/</c> when the URI has no path).</param>
/// <param name="User">The user (<c>guest</c> when the URI has none).</param>
/// <param name="Password">The password (<c>guest</c> when the URI has none).</param>
/// <param name="Secure">True for <c>amqps</c>.</param>
public sealed record RabbitMqAddress(string Host, ushort Port, string VirtualHost, string User, string Password, bool Secure)
{
    /// <summary>Reads <c>amqp[s]://user:password@host[:port]/[vhost]</c>, percent-decoding each part.</summary>
    public static RabbitMqAddress Parse(string amqpUri)
    {
        var uri = new Uri(amqpUri);
        if (uri.Scheme is not ("amqp" or "amqps"))
            throw new FormatException($"'{uri.Scheme}' is not an AMQP URI scheme; expected amqp:// or amqps://.");
        var secure = uri.Scheme == "amqps";
        var credentials = uri.UserInfo.Split(':', 2);
        var user = credentials[0].Length > 0 ? Uri.UnescapeDataString(credentials[0]) : "guest";
        var password = credentials.Length > 1 ? Uri.UnescapeDataString(credentials[1]) : "guest";
        // Per the AMQP URI spec an empty path is the default vhost "/"; "/%2f" spells it explicitly.
        var virtualHost = uri.AbsolutePath.Length <= 1 ? "/" : Uri.UnescapeDataString(uri.AbsolutePath[1..]);
        var port = uri.Port > 0 ? uri.Port : secure ? 5671 : 5672;
        return new RabbitMqAddress(uri.Host, (ushort)port, virtualHost, user, password, secure);
    }
}
