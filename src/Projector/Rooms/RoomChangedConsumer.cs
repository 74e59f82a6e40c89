using MassTransit;
using OmniCharts.Contracts;
using OmniCharts.Projector.Messaging;
using OmniCharts.ReadModel.Writing;

namespace OmniCharts.Projector.Rooms;

/// <summary>Replaces a room's state and moves its contribution between chart buckets. Consumes batches; see <see cref="ProjectorBatch"/>.</summary>
public sealed class RoomChangedConsumer(ReadModelWriter writer) : IConsumer<Batch<RoomChanged>>
{
    /// <summary>Validates <paramref name="room"/> and returns its write.</summary>
    /// <exception cref="MalformedEventException">The event can never be applied.</exception>
    public static WritePlan Plan(RoomChanged room)
    {
        ArgumentNullException.ThrowIfNull(room);
        var snapshot = RoomSnapshots.From(room);
        return writer => writer.ApplyRoomAsync(snapshot);
    }

    /// <inheritdoc />
    public Task Consume(ConsumeContext<Batch<RoomChanged>> context) => EventBatch.ApplyAsync(context, writer, Plan);
}

/// <summary>The batch, validation and retry policy of <see cref="RoomChangedConsumer"/>.</summary>
public sealed class RoomChangedConsumerDefinition : ConsumerDefinition<RoomChangedConsumer>
{
    /// <inheritdoc />
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<RoomChangedConsumer> consumerConfigurator,
        IRegistrationContext context) =>
        consumerConfigurator.UseProjectorBatch<RoomChangedConsumer, RoomChanged>(endpointConfigurator, context, RoomChangedConsumer.Plan);
}
