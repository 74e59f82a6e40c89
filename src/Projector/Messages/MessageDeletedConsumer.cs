using MassTransit;
using OmniCharts.Contracts;
using OmniCharts.Projector.Messaging;
using OmniCharts.ReadModel.Writing;

namespace OmniCharts.Projector.Messages;

/// <summary>Stops counting a deleted message, with a tombstone that outranks its older updates. Consumes batches; see <see cref="ProjectorBatch"/>.</summary>
public sealed class MessageDeletedConsumer(ReadModelWriter writer) : IConsumer<Batch<MessageDeleted>>
{
    /// <summary>Validates <paramref name="message"/> and returns its write.</summary>
    /// <exception cref="MalformedEventException">The event can never be applied.</exception>
    public static WritePlan Plan(MessageDeleted message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var id = EventGuard.Id(message.MessageId, nameof(MessageDeleted), nameof(message.MessageId));
        var roomId = EventGuard.Id(message.RoomId, nameof(MessageDeleted), nameof(message.RoomId));
        var version = EventGuard.Version(message.SourceVersion, nameof(MessageDeleted), id);
        return writer => writer.DeleteMessageAsync(roomId, id, version);
    }

    /// <inheritdoc />
    public Task Consume(ConsumeContext<Batch<MessageDeleted>> context) => EventBatch.ApplyAsync(context, writer, Plan);
}

/// <summary>The batch, validation and retry policy of <see cref="MessageDeletedConsumer"/>.</summary>
public sealed class MessageDeletedConsumerDefinition : ConsumerDefinition<MessageDeletedConsumer>
{
    /// <inheritdoc />
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<MessageDeletedConsumer> consumerConfigurator,
        IRegistrationContext context) =>
        consumerConfigurator.UseProjectorBatch<MessageDeletedConsumer, MessageDeleted>(endpointConfigurator, context, MessageDeletedConsumer.Plan);
}
