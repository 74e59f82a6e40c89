using System.Reflection;
using MassTransit;
using OmniCharts.Contracts;

namespace OmniCharts.Projector.Messaging;

/// <summary>
/// How exchanges and queues are named, so that a publisher and the Projector with the same <c>Bus:EntityPrefix</c>
/// meet on the same entities and nobody else does.
/// </summary>
public static class BusNaming
{
    private static readonly MethodInfo PinMethod =
        typeof(BusNaming).GetMethod(nameof(Pin), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Kebab-case queue names (<c>room-changed</c>), with <c>{prefix}-</c> in front when a prefix is set.</summary>
    public static IEndpointNameFormatter EndpointNames(string? prefix) =>
        string.IsNullOrEmpty(prefix)
            ? new KebabCaseEndpointNameFormatter(false)
            : new KebabCaseEndpointNameFormatter(prefix, false);

    /// <summary>Turns every exchange name into <c>{prefix}.{name}</c>, including the names pinned by <c>[EntityName]</c>.</summary>
    public static void ApplyEntityPrefix(IBusFactoryConfigurator configurator, string? prefix)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        if (string.IsNullOrEmpty(prefix))
            return;
        configurator.MessageTopology.SetEntityNameFormatter(
            new PrefixedEntityNameFormatter(configurator.MessageTopology.EntityNameFormatter, prefix));
        // MassTransit takes an [EntityName] as final and never asks the formatter, so each contract is renamed itself.
        foreach (var contract in typeof(RoomChanged).Assembly.GetExportedTypes())
        {
            if (contract.GetCustomAttribute<EntityNameAttribute>() is { } pinned)
                PinMethod.MakeGenericMethod(contract).Invoke(null, [configurator, prefix + "." + pinned.EntityName]);
        }
    }

    private static void Pin<T>(IBusFactoryConfigurator configurator, string entityName)
        where T : class =>
        configurator.Message<T>(topology => topology.SetEntityName(entityName));
}
