using MassTransit;
using OmniCharts.Contracts;
using OmniCharts.Projector.Messaging;
using OmniCharts.ReadModel.Writing;

namespace OmniCharts.Projector.Directory;

/// <summary>Keeps a Rocket.Chat setting, such as the reporting time zone.</summary>
public sealed class SettingChangedConsumer(ReadModelWriter writer) : IConsumer<SettingChanged>
{
    /// <inheritdoc />
    public Task Consume(ConsumeContext<SettingChanged> context)
    {
        var setting = context.Message;
        var id = EventGuard.Id(setting.SettingId, nameof(SettingChanged), nameof(setting.SettingId));
        return writer.ApplySettingAsync(id, EventGuard.Version(setting.SourceVersion, nameof(SettingChanged), id), setting.Value);
    }
}

/// <summary>The retry policy of <see cref="SettingChangedConsumer"/>.</summary>
public sealed class SettingChangedConsumerDefinition : ConsumerDefinition<SettingChangedConsumer>
{
    /// <inheritdoc />
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<SettingChangedConsumer> consumerConfigurator,
        IRegistrationContext context) =>
        consumerConfigurator.UseProjectorRetry();
}
