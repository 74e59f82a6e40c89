using MassTransit;
using OmniCharts.Contracts;
using OmniCharts.Projector.Messaging;
using OmniCharts.ReadModel.Writing;

namespace OmniCharts.Projector.Rooms;

/// <summary>Applies the rooms of an envelope as <see cref="RoomChangedConsumer"/> applies single ones.</summary>
public sealed class RoomChangedEnvelopeConsumer(ReadModelWriter writer) : IConsumer<RoomChangedEnvelope>
{
    /// <inheritdoc />
    public Task Consume(ConsumeContext<RoomChangedEnvelope> context) =>
        EventEnvelopes.ApplyAsync(context, context.Message.Events, writer, RoomChangedConsumer.Plan);
}

/// <summary>The concurrency, run tracking and retry of <see cref="RoomChangedEnvelopeConsumer"/>.</summary>
public sealed class RoomChangedEnvelopeConsumerDefinition : ConsumerDefinition<RoomChangedEnvelopeConsumer>
{
    /// <inheritdoc />
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<RoomChangedEnvelopeConsumer> consumerConfigurator,
        IRegistrationContext context) =>
        consumerConfigurator.UseProjectorEnvelope<RoomChangedEnvelopeConsumer, RoomChangedEnvelope, RoomChanged>(
            endpointConfigurator, context, envelope => envelope.Events, RoomChangedConsumer.Plan);
}
