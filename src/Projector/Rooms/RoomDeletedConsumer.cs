using MassTransit;
using OmniCharts.Contracts;
using OmniCharts.Projector.Messaging;
using OmniCharts.ReadModel.Writing;

namespace OmniCharts.Projector.Rooms;

/// <summary>Removes a deleted room from every chart, leaving a tombstone that outranks its older changes.</summary>
public sealed class RoomDeletedConsumer(ReadModelWriter writer) : IConsumer<RoomDeleted>
{
    /// <inheritdoc />
    public Task Consume(ConsumeContext<RoomDeleted> context)
    {
        var id = EventGuard.Id(context.Message.RoomId, nameof(RoomDeleted), nameof(RoomDeleted.RoomId));
        return writer.DeleteRoomAsync(id, EventGuard.Version(context.Message.SourceVersion, nameof(RoomDeleted), id));
    }
}

/// <summary>The retry policy of <see cref="RoomDeletedConsumer"/>.</summary>
public sealed class RoomDeletedConsumerDefinition : ConsumerDefinition<RoomDeletedConsumer>
{
    /// <inheritdoc />
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<RoomDeletedConsumer> consumerConfigurator,
        IRegistrationContext context) =>
        consumerConfigurator.UseProjectorRetry();
}
