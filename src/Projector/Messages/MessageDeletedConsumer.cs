using MassTransit;
using OmniCharts.Contracts;
using OmniCharts.Projector.Messaging;
using OmniCharts.ReadModel.Writing;

namespace OmniCharts.Projector.Messages;

/// <summary>Stops counting a deleted message, with a tombstone that outranks its older updates.</summary>
public sealed class MessageDeletedConsumer(ReadModelWriter writer) : IConsumer<MessageDeleted>
{
    /// <inheritdoc />
    public Task Consume(ConsumeContext<MessageDeleted> context)
    {
        var message = context.Message;
        var id = EventGuard.Id(message.MessageId, nameof(MessageDeleted), nameof(message.MessageId));
        var roomId = EventGuard.Id(message.RoomId, nameof(MessageDeleted), nameof(message.RoomId));
        return writer.DeleteMessageAsync(roomId, id, EventGuard.Version(message.SourceVersion, nameof(MessageDeleted), id));
    }
}

/// <summary>The retry policy of <see cref="MessageDeletedConsumer"/>.</summary>
public sealed class MessageDeletedConsumerDefinition : ConsumerDefinition<MessageDeletedConsumer>
{
    /// <inheritdoc />
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<MessageDeletedConsumer> consumerConfigurator,
        IRegistrationContext context) =>
        consumerConfigurator.UseProjectorRetry();
}
