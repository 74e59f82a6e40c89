using MassTransit;
using OmniCharts.Contracts;
using OmniCharts.Projector.Messaging;
using OmniCharts.ReadModel.Writing;

namespace OmniCharts.Projector.Rooms;

/// <summary>Replaces a room's state and moves its contribution between chart buckets.</summary>
public sealed class RoomChangedConsumer(ReadModelWriter writer) : IConsumer<RoomChanged>
{
    /// <inheritdoc />
    public Task Consume(ConsumeContext<RoomChanged> context) =>
        writer.ApplyRoomAsync(RoomSnapshots.From(context.Message));
}

/// <summary>The retry policy of <see cref="RoomChangedConsumer"/>.</summary>
public sealed class RoomChangedConsumerDefinition : ConsumerDefinition<RoomChangedConsumer>
{
    /// <inheritdoc />
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<RoomChangedConsumer> consumerConfigurator,
        IRegistrationContext context) =>
        consumerConfigurator.UseProjectorRetry();
}
