using MassTransit;

namespace OmniCharts.Ingestor.Messaging;

/// <summary><c>Bus:EntityPrefix</c>: <c>omnicharts.room-changed</c> becomes <c>{prefix}.omnicharts.room-changed</c>.</summary>
public static class EntityPrefix
{
    /// <summary>Prefixes every exchange of the bus being configured; no-op when <paramref name="prefix"/> is empty.</summary>
    public static void UseEntityPrefix(this IBusFactoryConfigurator bus, string? prefix)
    {
        ArgumentNullException.ThrowIfNull(bus);
        if (!string.IsNullOrWhiteSpace(prefix))
            bus.MessageTopology.ConnectMessageTopologyConfigurationObserver(new EntityPrefixObserver(prefix));
    }
}
