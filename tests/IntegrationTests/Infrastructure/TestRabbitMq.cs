using RabbitMQ.Client;

namespace OmniCharts.IntegrationTests.Infrastructure;

/// <summary>Connections to the real RabbitMQ for inspecting queues and cleaning up; a missing broker fails loudly.</summary>
public static class TestRabbitMq
{
    public static string ConnectionString => TestEnvironment.RabbitMq.ToString();

    public static async Task<IConnection> ConnectAsync()
    {
        await RequiredServers.EnsureReachableAsync();
        return await new ConnectionFactory { Uri = TestEnvironment.RabbitMq }.CreateConnectionAsync();
    }
}
