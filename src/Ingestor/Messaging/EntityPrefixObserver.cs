using MassTransit;
using MassTransit.Configuration;

namespace OmniCharts.Ingestor.Messaging;

/// <summary>
/// Puts <c>{prefix}.</c> before every exchange name. Wrapping the global <see cref="IEntityNameFormatter"/> is not
/// enough: MassTransit takes an <see cref="EntityNameAttribute"/> name without asking the global formatter,
/// so the prefix goes on each message type's own formatter as its topology is created.
/// </summary>
internal sealed class EntityPrefixObserver(string prefix) : IMessageTopologyConfigurationObserver
{
    public void MessageTopologyCreated<T>(IMessageTopologyConfigurator<T> configuration)
        where T : class =>
        configuration.SetEntityNameFormatter(new PrefixedEntityNameFormatter<T>(prefix, configuration.EntityNameFormatter));
}
