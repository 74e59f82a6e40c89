using MassTransit;
using OmniCharts.Contracts;
using OmniCharts.Projector.Messaging;
using OmniCharts.ReadModel.Writing;

namespace OmniCharts.Projector.Messages;

/// <summary>Records which message totals a message counts in (<see cref="MessageCount"/>). Consumes batches; see <see cref="ProjectorBatch"/>.</summary>
public sealed class MessageChangedConsumer(ReadModelWriter writer) : IConsumer<Batch<MessageChanged>>
{
    /// <summary>Validates <paramref name="message"/> and returns its write.</summary>
    /// <exception cref="MalformedEventException">The event can never be applied.</exception>
    public static WritePlan Plan(MessageChanged message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var id = EventGuard.Id(message.MessageId, nameof(MessageChanged), nameof(message.MessageId));
        var roomId = EventGuard.Id(message.RoomId, nameof(MessageChanged), nameof(message.RoomId));
        var version = EventGuard.Version(message.SourceVersion, nameof(MessageChanged), id);
        var snapshot = new MessageSnapshot(id, roomId, version, MessageSnapshot.CountOf(message.MessageType, message.HasVisitorToken));
        return writer => writer.ApplyMessageAsync(snapshot);
    }

    /// <inheritdoc />
    public Task Consume(ConsumeContext<Batch<MessageChanged>> context) => EventBatch.ApplyAsync(context, writer, Plan);
}

/// <summary>The batch, validation and retry policy of <see cref="MessageChangedConsumer"/>.</summary>
public sealed class MessageChangedConsumerDefinition : ConsumerDefinition<MessageChangedConsumer>
{
    /// <inheritdoc />
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<MessageChangedConsumer> consumerConfigurator,
        IRegistrationContext context) =>
        consumerConfigurator.UseProjectorBatch<MessageChangedConsumer, MessageChanged>(endpointConfigurator, context, MessageChangedConsumer.Plan);
}
