using MassTransit;
using OmniCharts.Contracts;
using OmniCharts.Projector.Messaging;
using OmniCharts.ReadModel.Writing;

namespace OmniCharts.Projector.Directory;

/// <summary>Revokes a deleted user's tokens, with a tombstone that outranks its older updates. Consumes batches; see <see cref="ProjectorBatch"/>.</summary>
public sealed class UserDeletedConsumer(ReadModelWriter writer) : IConsumer<Batch<UserDeleted>>
{
    /// <summary>Validates <paramref name="user"/> and returns its write.</summary>
    /// <exception cref="MalformedEventException">The event can never be applied.</exception>
    public static WritePlan Plan(UserDeleted user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = EventGuard.Id(user.UserId, nameof(UserDeleted), nameof(user.UserId));
        var version = EventGuard.Version(user.SourceVersion, nameof(UserDeleted), id);
        return writer => writer.DeleteUserAsync(id, version);
    }

    /// <inheritdoc />
    public Task Consume(ConsumeContext<Batch<UserDeleted>> context) => EventBatch.ApplyAsync(context, writer, Plan);
}

/// <summary>The batch, validation and retry policy of <see cref="UserDeletedConsumer"/>.</summary>
public sealed class UserDeletedConsumerDefinition : ConsumerDefinition<UserDeletedConsumer>
{
    /// <inheritdoc />
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<UserDeletedConsumer> consumerConfigurator,
        IRegistrationContext context) =>
        consumerConfigurator.UseProjectorBatch<UserDeletedConsumer, UserDeleted>(endpointConfigurator, context, UserDeletedConsumer.Plan);
}
