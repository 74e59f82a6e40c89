using MassTransit;
using OmniCharts.Contracts;
using OmniCharts.Projector.Messaging;
using OmniCharts.ReadModel.Writing;

namespace OmniCharts.Projector.Directory;

/// <summary>Keeps a user's roles, utcOffset and hashed login tokens for authentication. Consumes batches; see <see cref="ProjectorBatch"/>.</summary>
public sealed class UserChangedConsumer(ReadModelWriter writer) : IConsumer<Batch<UserChanged>>
{
    /// <summary>Validates <paramref name="user"/> and returns its write.</summary>
    /// <exception cref="MalformedEventException">The event can never be applied.</exception>
    public static WritePlan Plan(UserChanged user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = EventGuard.Id(user.UserId, nameof(UserChanged), nameof(user.UserId));
        var version = EventGuard.Version(user.SourceVersion, nameof(UserChanged), id);
        if (user.UtcOffsetHours is { } offset && !double.IsFinite(offset))
            throw new MalformedEventException($"{nameof(UserChanged)} {id}: UtcOffsetHours {offset} is not finite.");
        var snapshot = new UserSnapshot(id, version,
            EventGuard.List(user.Roles, nameof(UserChanged), id, nameof(user.Roles)),
            EventGuard.List(user.HashedLoginTokens, nameof(UserChanged), id, nameof(user.HashedLoginTokens)),
            user.UtcOffsetHours);
        return writer => writer.ApplyUserAsync(snapshot);
    }

    /// <inheritdoc />
    public Task Consume(ConsumeContext<Batch<UserChanged>> context) => EventBatch.ApplyAsync(context, writer, Plan);
}

/// <summary>The batch, validation and retry policy of <see cref="UserChangedConsumer"/>.</summary>
public sealed class UserChangedConsumerDefinition : ConsumerDefinition<UserChangedConsumer>
{
    /// <inheritdoc />
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<UserChangedConsumer> consumerConfigurator,
        IRegistrationContext context) =>
        consumerConfigurator.UseProjectorBatch<UserChangedConsumer, UserChanged>(endpointConfigurator, context, UserChangedConsumer.Plan);
}
