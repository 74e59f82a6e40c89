using System.Text;
using RabbitMQ.Client;
using StackExchange.Redis;

namespace OmniCharts.IntegrationTests.Infrastructure;

public sealed class RequiredServersTests
{
    [Fact]
    public async Task Redis_and_RabbitMQ_answer()
    {
        await RequiredServers.EnsureReachableAsync();
        var token = Guid.NewGuid().ToString("N");

        Assert.Equal(token, await RoundTripThroughRedisAsync(token));
        Assert.Equal(token, await RoundTripThroughRabbitMqAsync(token));
    }

    private static async Task<string?> RoundTripThroughRedisAsync(string token)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(TestEnvironment.Redis);
        var database = redis.GetDatabase();
        var key = $"{TestEnvironment.NewKeyPrefix()}:probe";
        await database.StringSetAsync(key, token, TimeSpan.FromMinutes(1));
        return await database.StringGetAsync(key);
    }

    private static async Task<string?> RoundTripThroughRabbitMqAsync(string token)
    {
        var factory = new ConnectionFactory { Uri = TestEnvironment.RabbitMq };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var queue = $"{TestEnvironment.NewBusPrefix()}.probe";
        await channel.QueueDeclareAsync(queue, durable: false, exclusive: true, autoDelete: true);
        await channel.BasicPublishAsync(exchange: "", routingKey: queue, body: Encoding.UTF8.GetBytes(token));

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            if (await channel.BasicGetAsync(queue, autoAck: true) is { } delivery)
            {
                return Encoding.UTF8.GetString(delivery.Body.Span);
            }
            await Task.Delay(50);
        }
        return null;
    }
}
