using MassTransit;

namespace OmniCharts.Ingestor.Cli;

/// <summary>
/// Ends a RabbitMQ outage in <see cref="ConnectionNotices"/> when a publish try that started after the outage began is
/// confirmed: the connection is back. MassTransit calls publish observers once per try (its transport retries a
/// publish after reconnecting), so a try confirmed just before the connection dropped proves nothing.
/// </summary>
public sealed class RabbitMqAnswers(ConnectionNotices notices) : IPublishObserver
{
    /// <inheritdoc />
    public Task PrePublish<T>(PublishContext<T> context)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        var outage = new StartedDuring(notices.Outages(ConnectionNotices.RabbitMq));
        context.AddOrUpdatePayload(() => outage, _ => outage);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task PostPublish<T>(PublishContext<T> context)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.TryGetPayload<StartedDuring>(out var started))
            notices.Answered(ConnectionNotices.RabbitMq, started.Outage);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task PublishFault<T>(PublishContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;

    private sealed record StartedDuring(long Outage);
}
