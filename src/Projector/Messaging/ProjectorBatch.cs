using MassTransit;
using MassTransit.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OmniCharts.Projector.Runs;
using OmniCharts.ReadModel.Runs;

namespace OmniCharts.Projector.Messaging;

/// <summary>The shape every Projector endpoint shares: validate each event, apply them in batches, retry a failed batch.</summary>
public static class ProjectorBatch
{
    /// <summary>
    /// Configures a batch consumer of <typeparamref name="T"/>: <see cref="EventValidationFilter{T}"/> on each
    /// delivery, then batches per <see cref="BatchSettings"/>, counted in their runs outside the retry.
    /// </summary>
    public static void UseProjectorBatch<TConsumer, T>(
        this IConsumerConfigurator<TConsumer> consumer,
        IReceiveEndpointConfigurator endpoint,
        IRegistrationContext context,
        Func<T, WritePlan> plan)
        where TConsumer : class, IConsumer<Batch<T>>
        where T : class
    {
        ArgumentNullException.ThrowIfNull(consumer);
        ArgumentNullException.ThrowIfNull(endpoint);
        var settings = context.GetRequiredService<BatchSettings>();
        var progress = context.GetRequiredService<RunProgressWriter>();
        endpoint.PrefetchCount = settings.PrefetchCount;
        // On the endpoint's pipe for T, so it runs per delivery, before the batch collector.
        endpoint.AddPipeSpecification(new FilterPipeSpecification<ConsumeContext<T>>(new EventValidationFilter<T>(plan, progress)));
        consumer.Options<BatchOptions>(batch => batch
            .SetMessageLimit(settings.MessageLimit)
            .SetConcurrencyLimit(settings.ConcurrencyLimit)
            .SetTimeLimit(settings.TimeLimit));
        // Added before the retry, so it wraps it and sees each batch's final outcome once.
        consumer.Message<Batch<T>>(batch => batch.UseFilter(new BatchRunTrackingFilter<T>(progress)));
        consumer.UseProjectorRetry();
    }
}
