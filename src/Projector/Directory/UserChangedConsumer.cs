using MassTransit;
using OmniCharts.Contracts;
using OmniCharts.Projector.Messaging;
using OmniCharts.ReadModel.Writing;

namespace OmniCharts.Projector.Directory;

/// <summary>Keeps a user's roles, utcOffset and hashed login tokens for authentication.</summary>
public sealed class UserChangedConsumer(ReadModelWriter writer) : IConsumer<UserChanged>
{
    /// <inheritdoc />
    public Task Consume(ConsumeContext<UserChanged> context)
    {
        var user = context.Message;
        var id = EventGuard.Id(user.UserId, nameof(UserChanged), nameof(user.UserId));
        var version = EventGuard.Version(user.SourceVersion, nameof(UserChanged), id);
        if (user.UtcOffsetHours is { } offset && !double.IsFinite(offset))
            throw new MalformedEventException($"{nameof(UserChanged)} {id}: UtcOffsetHours {offset} is not finite.");
        return writer.ApplyUserAsync(new UserSnapshot(id, version,
            EventGuard.List(user.Roles, nameof(UserChanged), id, nameof(user.Roles)),
            EventGuard.List(user.HashedLoginTokens, nameof(UserChanged), id, nameof(user.HashedLoginTokens)),
            user.UtcOffsetHours));
    }
}

/// <summary>The retry policy of <see cref="UserChangedConsumer"/>.</summary>
public sealed class UserChangedConsumerDefinition : ConsumerDefinition<UserChangedConsumer>
{
    /// <inheritdoc />
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<UserChangedConsumer> consumerConfigurator,
        IRegistrationContext context) =>
        consumerConfigurator.UseProjectorRetry();
}
