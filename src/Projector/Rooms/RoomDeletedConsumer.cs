using MassTransit;
using OmniCharts.Contracts;
using OmniCharts.Projector.Messaging;
using OmniCharts.ReadModel.Writing;

namespace OmniCharts.Projector.Rooms;

/// <summary>Removes a deleted room from every chart, leaving a tombstone that outranks its older changes. Consumes batches; see <see cref="ProjectorBatch"/>.</summary>
public sealed class RoomDeletedConsumer(ReadModelWriter writer) : IConsumer<Batch<RoomDeleted>>
{
    /// <summary>Validates <paramref name="room"/> and returns its write.</summary>
    /// <exception cref="MalformedEventException">The event can never be applied.</exception>
    public static WritePlan Plan(RoomDeleted room)
    {
        ArgumentNullException.ThrowIfNull(room);
        var id = EventGuard.Id(room.RoomId, nameof(RoomDeleted), nameof(room.RoomId));
        var version = EventGuard.Version(room.SourceVersion, nameof(RoomDeleted), id);
        return writer => writer.DeleteRoomAsync(id, version);
    }

    /// <inheritdoc />
    public Task Consume(ConsumeContext<Batch<RoomDeleted>> context) => EventBatch.ApplyAsync(context, writer, Plan);
}

/// <summary>The batch, validation and retry policy of <see cref="RoomDeletedConsumer"/>.</summary>
public sealed class RoomDeletedConsumerDefinition : ConsumerDefinition<RoomDeletedConsumer>
{
    /// <inheritdoc />
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<RoomDeletedConsumer> consumerConfigurator,
        IRegistrationContext context) =>
        consumerConfigurator.UseProjectorBatch<RoomDeletedConsumer, RoomDeleted>(endpointConfigurator, context, RoomDeletedConsumer.Plan);
}
