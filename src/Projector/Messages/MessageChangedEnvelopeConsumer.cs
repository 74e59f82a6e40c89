using MassTransit;
using OmniCharts.Contracts;
using OmniCharts.Projector.Messaging;
using OmniCharts.ReadModel.Writing;

namespace OmniCharts.Projector.Messages;

/// <summary>Applies the messages of an envelope as <see cref="MessageChangedConsumer"/> applies single ones.</summary>
public sealed class MessageChangedEnvelopeConsumer(ReadModelWriter writer) : IConsumer<MessageChangedEnvelope>
{
    /// <inheritdoc />
    public Task Consume(ConsumeContext<MessageChangedEnvelope> context) =>
        EventEnvelopes.ApplyAsync(context, context.Message.Events, writer, MessageChangedConsumer.Plan);
}

/// <summary>The concurrency, run tracking and retry of <see cref="MessageChangedEnvelopeConsumer"/>.</summary>
public sealed class MessageChangedEnvelopeConsumerDefinition : ConsumerDefinition<MessageChangedEnvelopeConsumer>
{
    /// <inheritdoc />
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<MessageChangedEnvelopeConsumer> consumerConfigurator,
        IRegistrationContext context) =>
        consumerConfigurator.UseProjectorEnvelope<MessageChangedEnvelopeConsumer, MessageChangedEnvelope, MessageChanged>(
            endpointConfigurator, context, envelope => envelope.Events, MessageChangedConsumer.Plan);
}
