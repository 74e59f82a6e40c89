using MassTransit;
using OmniCharts.Ingestor.Cli;

namespace OmniCharts.Ingestor.Publishing;

/// <summary>Starts a command's bus, or says in one line why RabbitMQ could not be reached.</summary>
public static class BrokerStart
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>True once the bus is started; false (and the reason on <paramref name="status"/>) when the broker did not answer in 30 s.</summary>
    public static async Task<bool> TryStartAsync(IBusControl bus, StatusLine status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bus);
        ArgumentNullException.ThrowIfNull(status);
        using var start = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        start.CancelAfter(Timeout);
        try
        {
            await bus.StartAsync(start.Token);
            return true;
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            status.Error($"cannot reach RabbitMQ ({error.Message}); check ConnectionStrings__rabbitmq");
            return false;
        }
    }
}
