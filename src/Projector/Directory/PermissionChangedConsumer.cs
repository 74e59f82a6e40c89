using MassTransit;
using OmniCharts.Contracts;
using OmniCharts.Projector.Messaging;
using OmniCharts.ReadModel.Writing;

namespace OmniCharts.Projector.Directory;

/// <summary>Keeps which roles hold a permission (the charts endpoint needs <c>view-livechat-manager</c>).</summary>
public sealed class PermissionChangedConsumer(ReadModelWriter writer) : IConsumer<PermissionChanged>
{
    /// <inheritdoc />
    public Task Consume(ConsumeContext<PermissionChanged> context)
    {
        var permission = context.Message;
        var id = EventGuard.Id(permission.PermissionId, nameof(PermissionChanged), nameof(permission.PermissionId));
        return writer.ApplyPermissionAsync(id,
            EventGuard.Version(permission.SourceVersion, nameof(PermissionChanged), id),
            EventGuard.List(permission.Roles, nameof(PermissionChanged), id, nameof(permission.Roles)));
    }
}

/// <summary>The retry policy of <see cref="PermissionChangedConsumer"/>.</summary>
public sealed class PermissionChangedConsumerDefinition : ConsumerDefinition<PermissionChangedConsumer>
{
    /// <inheritdoc />
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<PermissionChangedConsumer> consumerConfigurator,
        IRegistrationContext context) =>
        consumerConfigurator.UseProjectorRetry();
}
