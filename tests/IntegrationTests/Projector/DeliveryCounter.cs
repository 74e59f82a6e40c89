using MassTransit;

namespace OmniCharts.IntegrationTests.Projector;

/// <summary>Counts the deliveries a Projector has finished (consumed or faulted), so a test can wait for copies that change no count.</summary>
public sealed class DeliveryCounter : IReceiveObserver
{
    private long finished;

    public long Finished => Interlocked.Read(ref finished);

    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostReceive(ReceiveContext context)
    {
        Interlocked.Increment(ref finished);
        return Task.CompletedTask;
    }

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType)
        where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception)
        where T : class => Task.CompletedTask;

    public Task ReceiveFault(ReceiveContext context, Exception exception)
    {
        Interlocked.Increment(ref finished);
        return Task.CompletedTask;
    }
}
