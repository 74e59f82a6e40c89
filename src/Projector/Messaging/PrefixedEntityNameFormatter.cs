using System.Reflection;
using MassTransit;

namespace OmniCharts.Projector.Messaging;

/// <summary>Puts <c>{prefix}.</c> in front of the name a message's exchange would otherwise get.</summary>
public sealed class PrefixedEntityNameFormatter(IEntityNameFormatter inner, string prefix) : IEntityNameFormatter
{
    /// <inheritdoc />
    public string FormatEntityName<T>()
    {
        var pinned = typeof(T).GetCustomAttribute<EntityNameAttribute>()?.EntityName;
        return prefix + "." + (pinned ?? inner.FormatEntityName<T>());
    }
}
