using MassTransit;
using OmniCharts.Contracts;
using OmniCharts.Projector.Messaging;
using OmniCharts.ReadModel.Writing;

namespace OmniCharts.Projector.Directory;

/// <summary>Keeps which roles hold a permission (the charts endpoint needs <c>view-livechat-manager</c>). Consumes batches; see <see cref="ProjectorBatch"/>.</summary>
public sealed class PermissionChangedConsumer(ReadModelWriter writer) : IConsumer<Batch<PermissionChanged>>
{
    /// <summary>Validates <paramref name="permission"/> and returns its write.</summary>
    /// <exception cref="MalformedEventException">The event can never be applied.</exception>
    public static WritePlan Plan(PermissionChanged permission)
    {
        ArgumentNullException.ThrowIfNull(permission);
        var id = EventGuard.Id(permission.PermissionId, nameof(PermissionChanged), nameof(permission.PermissionId));
        var version = EventGuard.Version(permission.SourceVersion, nameof(PermissionChanged), id);
        var roles = EventGuard.List(permission.Roles, nameof(PermissionChanged), id, nameof(permission.Roles));
        return writer => writer.ApplyPermissionAsync(id, version, roles);
    }

    /// <inheritdoc />
    public Task Consume(ConsumeContext<Batch<PermissionChanged>> context) => EventBatch.ApplyAsync(context, writer, Plan);
}

/// <summary>The batch, validation and retry policy of <see cref="PermissionChangedConsumer"/>.</summary>
public sealed class PermissionChangedConsumerDefinition : ConsumerDefinition<PermissionChangedConsumer>
{
    /// <inheritdoc />
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<PermissionChangedConsumer> consumerConfigurator,
        IRegistrationContext context) =>
        consumerConfigurator.UseProjectorBatch<PermissionChangedConsumer, PermissionChanged>(endpointConfigurator, context, PermissionChangedConsumer.Plan);
}
