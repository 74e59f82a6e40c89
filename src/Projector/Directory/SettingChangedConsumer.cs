using MassTransit;
using OmniCharts.Contracts;
using OmniCharts.Projector.Messaging;
using OmniCharts.ReadModel.Writing;

namespace OmniCharts.Projector.Directory;

/// <summary>Keeps a Rocket.Chat setting, such as the reporting time zone. Consumes batches; see <see cref="ProjectorBatch"/>.</summary>
public sealed class SettingChangedConsumer(ReadModelWriter writer) : IConsumer<Batch<SettingChanged>>
{
    /// <summary>Validates <paramref name="setting"/> and returns its write.</summary>
    /// <exception cref="MalformedEventException">The event can never be applied.</exception>
    public static WritePlan Plan(SettingChanged setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        var id = EventGuard.Id(setting.SettingId, nameof(SettingChanged), nameof(setting.SettingId));
        var version = EventGuard.Version(setting.SourceVersion, nameof(SettingChanged), id);
        var value = setting.Value;
        return writer => writer.ApplySettingAsync(id, version, value);
    }

    /// <inheritdoc />
    public Task Consume(ConsumeContext<Batch<SettingChanged>> context) => EventBatch.ApplyAsync(context, writer, Plan);
}

/// <summary>The batch, validation and retry policy of <see cref="SettingChangedConsumer"/>.</summary>
public sealed class SettingChangedConsumerDefinition : ConsumerDefinition<SettingChangedConsumer>
{
    /// <inheritdoc />
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<SettingChangedConsumer> consumerConfigurator,
        IRegistrationContext context) =>
        consumerConfigurator.UseProjectorBatch<SettingChangedConsumer, SettingChanged>(endpointConfigurator, context, SettingChangedConsumer.Plan);
}
