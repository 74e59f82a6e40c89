using MassTransit;
using OmniCharts.Contracts;
using OmniCharts.Projector.Messaging;
using OmniCharts.ReadModel.Writing;

namespace OmniCharts.Projector.Messages;

/// <summary>Records whether a message counts in Total_messages: it has no <c>t</c> and no visitor <c>token</c>.</summary>
public sealed class MessageChangedConsumer(ReadModelWriter writer) : IConsumer<MessageChanged>
{
    /// <inheritdoc />
    public Task Consume(ConsumeContext<MessageChanged> context)
    {
        var message = context.Message;
        var id = EventGuard.Id(message.MessageId, nameof(MessageChanged), nameof(message.MessageId));
        var roomId = EventGuard.Id(message.RoomId, nameof(MessageChanged), nameof(message.RoomId));
        var version = EventGuard.Version(message.SourceVersion, nameof(MessageChanged), id);
        var counts = message.MessageType is null && !message.HasVisitorToken;
        return writer.ApplyMessageAsync(new MessageSnapshot(id, roomId, version, counts));
    }
}

/// <summary>The retry policy of <see cref="MessageChangedConsumer"/>.</summary>
public sealed class MessageChangedConsumerDefinition : ConsumerDefinition<MessageChangedConsumer>
{
    /// <inheritdoc />
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<MessageChangedConsumer> consumerConfigurator,
        IRegistrationContext context) =>
        consumerConfigurator.UseProjectorRetry();
}
