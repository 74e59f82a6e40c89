using OmniCharts.Projector.Messaging;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace OmniCharts.IntegrationTests.Projector;

/// <summary>The real RabbitMQ the projector tests talk to, from the same variable the services read.</summary>
public static class TestRabbitMq
{
    public const string Variable = "ConnectionStrings__rabbitmq";

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured ? configured : RabbitMqHost.Default;

    public static async Task<IConnection> ConnectAsync()
    {
        try
        {
            return await new ConnectionFactory { Uri = new Uri(ConnectionString) }.CreateConnectionAsync();
        }
        catch (BrokerUnreachableException e)
        {
            throw new InvalidOperationException(
                $"RabbitMQ is not reachable at '{ConnectionString}' ({Variable}); start the local servers with the repository's start script.", e);
        }
    }
}
