using OmniCharts.Projector.Messaging;

namespace OmniCharts.UnitTests.Projector;

public sealed class RabbitMqAddressTests
{
    [Fact]
    public void Default_uri_names_the_local_broker_as_guest_on_the_default_virtual_host() =>
        Assert.Equal(new RabbitMqAddress("127.0.0.1", 5672, "/", "guest", "guest", false), RabbitMqAddress.Parse(RabbitMqHost.Default));

    [Fact]
    public void Credentials_and_virtual_host_are_percent_decoded() =>
        Assert.Equal(new RabbitMqAddress("mq.example", 5673, "charts/prod", "omni", "p@ss:w", false),
            RabbitMqAddress.Parse("amqp://omni:p%40ss%3Aw@mq.example:5673/charts%2Fprod"));

    [Fact]
    public void Secure_uri_without_port_uses_5671_and_missing_credentials_fall_back_to_guest() =>
        Assert.Equal(new RabbitMqAddress("mq.example", 5671, "/", "guest", "guest", true), RabbitMqAddress.Parse("amqps://mq.example"));

    [Fact]
    public void Explicit_default_virtual_host_is_a_slash() =>
        Assert.Equal("/", RabbitMqAddress.Parse("amqp://u:p@h/%2f").VirtualHost);

    [Fact]
    public void Uri_that_is_not_amqp_is_rejected() =>
        Assert.Throws<FormatException>(() => RabbitMqAddress.Parse("http://h/"));
}
