using MassTransit;
using OmniCharts.Contracts;
using OmniCharts.Projector.Messaging;
using OmniCharts.ReadModel.Writing;

namespace OmniCharts.Projector.Directory;

/// <summary>Revokes a deleted user's tokens, with a tombstone that outranks its older updates.</summary>
public sealed class UserDeletedConsumer(ReadModelWriter writer) : IConsumer<UserDeleted>
{
    /// <inheritdoc />
    public Task Consume(ConsumeContext<UserDeleted> context)
    {
        var id = EventGuard.Id(context.Message.UserId, nameof(UserDeleted), nameof(UserDeleted.UserId));
        return writer.DeleteUserAsync(id, EventGuard.Version(context.Message.SourceVersion, nameof(UserDeleted), id));
    }
}

/// <summary>The retry policy of <see cref="UserDeletedConsumer"/>.</summary>
public sealed class UserDeletedConsumerDefinition : ConsumerDefinition<UserDeletedConsumer>
{
    /// <inheritdoc />
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<UserDeletedConsumer> consumerConfigurator,
        IRegistrationContext context) =>
        consumerConfigurator.UseProjectorRetry();
}
