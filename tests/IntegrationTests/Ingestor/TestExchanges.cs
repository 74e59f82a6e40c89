using System.Reflection;
using MassTransit;
using OmniCharts.Contracts;
using OmniCharts.Ingestor.Messaging;
using RabbitMQ.Client;

namespace OmniCharts.IntegrationTests.Ingestor;

/// <summary>Removes the durable exchanges a test's prefix created, so test runs leave no topology behind.</summary>
internal static class TestExchanges
{
    public static async Task DeleteAsync(string prefix)
    {
        var factory = new ConnectionFactory { Uri = MessagingRegistration.RabbitMqAddress(Environment.GetEnvironmentVariable("ConnectionStrings__rabbitmq")) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var names = typeof(RoomChanged).Assembly.GetTypes().Select(type => type.GetCustomAttribute<EntityNameAttribute>()?.EntityName).OfType<string>();
        foreach (var name in names)
            await channel.ExchangeDeleteAsync($"{prefix}.{name}");
    }
}
