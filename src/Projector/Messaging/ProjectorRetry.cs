using MassTransit;

namespace OmniCharts.Projector.Messaging;

/// <summary>The retry policy of every consumer.</summary>
public static class ProjectorRetry
{
    /// <summary>How often a transient fault (Redis busy, a connection blip) is retried before the event goes to the error queue.</summary>
    public const int ImmediateRetries = 5;

    /// <summary>
    /// Retries transient faults immediately (the broker has no delayed-message plugin). A malformed event is never
    /// retried: it would fail the same way, and it must not hold back the events behind it.
    /// </summary>
    public static void UseProjectorRetry<TConsumer>(this IConsumerConfigurator<TConsumer> consumer)
        where TConsumer : class
    {
        ArgumentNullException.ThrowIfNull(consumer);
        consumer.UseMessageRetry(retry =>
        {
            retry.Immediate(ImmediateRetries);
            retry.Ignore<MalformedEventException>();
        });
    }
}
