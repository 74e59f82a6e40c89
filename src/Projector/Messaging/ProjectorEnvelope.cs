using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using OmniCharts.Projector.Runs;
using OmniCharts.ReadModel.Runs;

namespace OmniCharts.Projector.Messaging;

/// <summary>The shape of an envelope endpoint: a few envelopes at once, counted in their runs outside the retry.</summary>
public static class ProjectorEnvelope
{
    /// <summary>Envelopes of one queue applied at once: each already carries a batch of events.</summary>
    public const int ConcurrentEnvelopes = 4;

    /// <summary>Configures the consumer of <typeparamref name="TEnvelope"/>, whose events are <typeparamref name="T"/>.</summary>
    public static void UseProjectorEnvelope<TConsumer, TEnvelope, T>(
        this IConsumerConfigurator<TConsumer> consumer,
        IReceiveEndpointConfigurator endpoint,
        IRegistrationContext context,
        Func<TEnvelope, IReadOnlyList<T>> events,
        Func<T, WritePlan> plan)
        where TConsumer : class, IConsumer<TEnvelope>
        where TEnvelope : class
        where T : class
    {
        ArgumentNullException.ThrowIfNull(consumer);
        ArgumentNullException.ThrowIfNull(endpoint);
        endpoint.ConcurrentMessageLimit = ConcurrentEnvelopes;
        endpoint.PrefetchCount = 2 * ConcurrentEnvelopes;
        var progress = context.GetRequiredService<RunProgressWriter>();
        // Added before the retry, so it wraps it and sees each envelope's final outcome once.
        consumer.Message<TEnvelope>(envelope => envelope.UseFilter(new EnvelopeRunTrackingFilter<TEnvelope, T>(events, plan, progress)));
        consumer.UseProjectorRetry();
    }
}
